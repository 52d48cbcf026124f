package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * The action details on a real PostgreSQL 17 (bytea for the evidence files).
 */
@PostgresIntegrationTest
class ActionDetailPersistenceOnPostgresTests extends ActionDetailPersistenceScenarios {

}
