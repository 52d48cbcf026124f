package eu.mayorsinaction.organisation;

import eu.mayorsinaction.PostgresIntegrationTest;

/**
 * The organisation round trips on a real PostgreSQL 17.
 */
@PostgresIntegrationTest
class OrganisationPersistenceOnPostgresTests extends OrganisationPersistenceScenarios {

}
