package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * The action-plan round trips on a real PostgreSQL 17.
 */
@PostgresIntegrationTest
class ActionPlanPersistenceOnPostgresTests extends ActionPlanPersistenceScenarios {

}
