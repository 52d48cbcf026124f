package eu.mayorsinaction.monitoring;

import eu.mayorsinaction.WebIntegrationTest;

import org.springframework.transaction.annotation.Transactional;

/**
 * V13's round trips on H2 in PostgreSQL mode, in the shared full-stack context; each test
 * rolls back so the demo data stays as other tests expect it.
 */
@WebIntegrationTest
@Transactional
class MonitoringPersistenceOnH2Tests extends MonitoringPersistenceScenarios {

}
