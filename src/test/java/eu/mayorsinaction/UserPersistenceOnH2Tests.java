package eu.mayorsinaction;

import org.springframework.transaction.annotation.Transactional;

/**
 * The account round trips on H2 in PostgreSQL mode, in the shared full-stack context;
 * each test rolls back.
 */
@WebIntegrationTest
@Transactional
class UserPersistenceOnH2Tests extends UserPersistenceScenarios {

}
