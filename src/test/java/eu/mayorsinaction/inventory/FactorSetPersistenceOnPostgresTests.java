package eu.mayorsinaction.inventory;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * The factor set scenarios on a real PostgreSQL 17, migrated by Flyway with the Java
 * migration 6.1 that stores the shipped set.
 */
@PostgresIntegrationTest
class FactorSetPersistenceOnPostgresTests extends FactorSetPersistenceScenarios {

}
