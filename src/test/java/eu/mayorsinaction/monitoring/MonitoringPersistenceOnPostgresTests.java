package eu.mayorsinaction.monitoring;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * V13's round trips on a real PostgreSQL 17.
 */
@PostgresIntegrationTest
class MonitoringPersistenceOnPostgresTests extends MonitoringPersistenceScenarios {

}
