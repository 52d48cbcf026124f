package eu.mayorsinaction;

/**
 * The account round trips on a real PostgreSQL 17.
 */
@PostgresIntegrationTest
class UserPersistenceOnPostgresTests extends UserPersistenceScenarios {

}
