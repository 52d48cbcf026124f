package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.WebIntegrationTest;

import org.springframework.transaction.annotation.Transactional;

/**
 * The action-plan round trips on H2 in PostgreSQL mode, in the shared full-stack context;
 * each test rolls back so the demo data stays as other tests expect it.
 */
@WebIntegrationTest
@Transactional
class ActionPlanPersistenceOnH2Tests extends ActionPlanPersistenceScenarios {

}
