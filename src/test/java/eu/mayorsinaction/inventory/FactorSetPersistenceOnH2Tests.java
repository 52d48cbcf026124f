package eu.mayorsinaction.inventory;

import eu.mayorsinaction.WebIntegrationTest;

import org.springframework.transaction.annotation.Transactional;

/**
 * The factor set scenarios on H2 in PostgreSQL mode, in the shared full-stack context;
 * each test rolls back so the demo data and the default set stay as other tests expect.
 */
@WebIntegrationTest
@Transactional
class FactorSetPersistenceOnH2Tests extends FactorSetPersistenceScenarios {

}
