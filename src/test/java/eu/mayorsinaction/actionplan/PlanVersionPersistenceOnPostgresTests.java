package eu.mayorsinaction.actionplan;

import java.time.LocalDate;

import eu.mayorsinaction.PostgresIntegrationTest;
import eu.mayorsinaction.actionplan.PlanVersionFixture.Made;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static eu.mayorsinaction.actionplan.PlanVersionFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The snapshot table on a real PostgreSQL 17 (migration V12): the frozen JSON text comes
 * back as written, survives a later edit unchanged, and goes with its plan.
 */
@PostgresIntegrationTest
class PlanVersionPersistenceOnPostgresTests {

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	PlanVersions versions;

	@Autowired
	JdbcClient jdbc;

	/** Expected 201 + 99 = 300 t/a against 1,468.8 needed (see the fixture). */
	@Test
	void a_snapshot_is_kept_as_written_its_plan_cannot_be_deleted_and_the_row_goes_with_the_plan_row() {
		Made made = PlanVersionFixture.plan(this.organisations, this.inventories, this.plans, false);

		PlanVersionView submitted = this.versions.submit(ADMIN, made.signatory(), made.plan(),
				LocalDate.of(2018, 1, 15), 0);

		PlanVersionView read = this.versions.version(ADMIN, made.signatory(), made.plan(), 1);
		assertThat(read).isEqualTo(submitted);
		assertThat(read.submittedOn()).isEqualTo(LocalDate.of(2018, 1, 15));
		assertThat(read.content().plan().status()).isEqualTo(PlanStatus.SUBMITTED_TO_COVENANT);
		assertThat(read.content().actions()).extracting(ActionView::title)
			.containsExactly("Town hall retrofit", "Cycle lanes");
		assertThat(read.content().actions().get(0).savings())
			.containsEntry(eu.mayorsinaction.inventory.Carrier.NATURAL_GAS, 500.0);
		assertThat(read.content().target().expectedReduction()).isCloseTo(300.0, within(1e-6));
		assertThat(read.content().target().gap()).isCloseTo(1168.8, within(1e-6));
		String text = this.versions.frozenText(ADMIN, made.signatory(), made.plan(), 1);

		this.plans.updateAction(ADMIN, made.signatory(), made.cycleLanes(),
				PlanVersionFixture.cycleLanesDone(made.plan(), 0));
		assertThat(this.versions.panel(ADMIN, made.signatory(), made.plan()).edition()).isEqualTo(2);
		assertThat(this.versions.frozenText(ADMIN, made.signatory(), made.plan(), 1)).isEqualTo(text);
		assertThat(this.versions.version(ADMIN, made.signatory(), made.plan(), 1)).isEqualTo(submitted);

		// The submitted edition is the record of what was sent: the plan is not deleted.
		assertThatThrownBy(() -> this.plans.deletePlan(ADMIN, made.signatory(), made.plan()))
			.isInstanceOf(PlanHasSubmittedEdition.class);
		assertThat(this.versions.frozenText(ADMIN, made.signatory(), made.plan(), 1)).isEqualTo(text);
		// Should the plan row go all the same (its signatory deleted), the foreign key
		// takes
		// its snapshots with it.
		this.jdbc.sql("delete from action_plan where id = :plan").param("plan", made.plan()).update();
		assertThat(this.jdbc.sql("select count(*) from action_plan_snapshot where plan_id = :plan")
			.param("plan", made.plan())
			.query(Long.class)
			.single()).isZero();
	}

}
