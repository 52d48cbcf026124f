package eu.mayorsinaction.inventory;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * The inventory round trips on a real PostgreSQL 17.
 */
@PostgresIntegrationTest
class InventoryPersistenceOnPostgresTests extends InventoryPersistenceScenarios {

}
