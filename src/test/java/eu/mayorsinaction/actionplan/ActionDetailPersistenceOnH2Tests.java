package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.WebIntegrationTest;

import org.springframework.transaction.annotation.Transactional;

/**
 * The action details on H2 in PostgreSQL mode, in the shared full-stack context; each
 * test rolls back.
 */
@WebIntegrationTest
@Transactional
class ActionDetailPersistenceOnH2Tests extends ActionDetailPersistenceScenarios {

}
