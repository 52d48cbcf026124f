package eu.mayorsinaction.actionplan;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Round trips of plans, actions and their savings (tables action_plan, plan_action,
 * plan_action_saving of V9) through {@link ActionPlanManagement}, down to the database
 * and back: every column, optimistic locking, the cascades, the tenant filter and the
 * tables' own constraints. The same scenarios run on PostgreSQL and on H2 (see the two
 * subclasses), each test on signatories of its own ("Zap…").
 */
abstract class ActionPlanPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	private static final double EPS = 1e-9;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	SignatoryId signatory;

	SignatoryId other;

	long commitment;

	@BeforeEach
	void signatoriesOfTheirOwn() {
		this.signatory = newSignatory();
		this.other = newSignatory();
		this.commitment = this.organisations
			.addCommitment(ADMIN, this.signatory,
					new CommitmentData(Framework.COM_2030, LocalDate.of(2016, 3, 1), BigDecimal.valueOf(40), 2030,
							TargetKind.ABSOLUTE))
			.id();
	}

	/**
	 * BEI 2012 with NEEFE 0.4 (no local production, so EFE = 0.4 t/MWh): natural gas
	 * 1,000 MWh × 0.202 = 202 t; electricity 2,000 × 0.4 = 800 t; diesel 10,000 × 0.267 =
	 * 2,670 t; total 3,672 t; needed 40 % = 1,468.8 t. Retrofit: gas 500 × 0.202 = 101 t
	 * + electricity 250 × 0.4 = 100 t + heating oil 0.5 × 0.267 = 0.1335 t + renewable
	 * 100 MWh × 0.4 = 40 t → 241.1335 t; bus fleet: 99 t as entered; together 340.1335 t;
	 * gap 1,468.8 − 340.1335 = 1,128.6665 t.
	 */
	@Test
	void every_column_of_plan_action_and_saving_is_kept() {
		long bei = bei();
		PlanView plan = this.plans.createPlan(ADMIN, this.signatory,
				new PlanData(PlanKind.SECAP, "Zap SECAP – Ελλάδα, Łódź", this.commitment, LocalDate.of(2017, 5, 30),
						"Council", bei, PlanStatus.APPROVED_BY_COUNCIL, null));
		ActionView retrofit = this.plans.createAction(ADMIN, this.signatory,
				new ActionData(plan.id(), "M11", "Retrofit of the town hall", true, "Technical office",
						LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), ActionStatus.ONGOING, 1_250_000.5,
						980_000.25,
						Map.of(Carrier.NATURAL_GAS, 500.0, Carrier.ELECTRICITY, 250.0, Carrier.HEATING_OIL, 0.5), 100.0,
						null, true, null));
		ActionView buses = this.plans.createAction(ADMIN, this.signatory, new ActionData(plan.id(), "M32", "Bus fleet",
				false, null, null, null, ActionStatus.COMPLETED, null, null, Map.of(), null, 99.0, false, null));

		PlanView readPlan = this.plans.plan(ADMIN, this.signatory, plan.id());
		assertThat(readPlan.signatoryId()).isEqualTo(this.signatory.value());
		assertThat(readPlan.kind()).isEqualTo(PlanKind.SECAP);
		assertThat(readPlan.title()).isEqualTo("Zap SECAP – Ελλάδα, Łódź");
		assertThat(readPlan.commitmentId()).isEqualTo(this.commitment);
		assertThat(readPlan.approvalDate()).isEqualTo(LocalDate.of(2017, 5, 30));
		assertThat(readPlan.approvingBody()).isEqualTo("Council");
		assertThat(readPlan.beiInventoryId()).isEqualTo(bei);
		assertThat(readPlan.status()).isEqualTo(PlanStatus.APPROVED_BY_COUNCIL);
		assertThat(readPlan.version()).isZero();
		assertThat(readPlan.createdAt()).isNotNull().isEqualTo(readPlan.updatedAt());

		ActionView read = this.plans.action(ADMIN, this.signatory, retrofit.id());
		assertThat(read.planId()).isEqualTo(plan.id());
		assertThat(read.signatoryId()).isEqualTo(this.signatory.value());
		assertThat(read.field()).isEqualTo(FieldOfAction.M11);
		assertThat(read.title()).isEqualTo("Retrofit of the town hall");
		assertThat(read.keyMeasure()).isTrue();
		assertThat(read.responsible()).isEqualTo("Technical office");
		assertThat(read.startDate()).isEqualTo(LocalDate.of(2018, 1, 1));
		assertThat(read.endDate()).isEqualTo(LocalDate.of(2022, 12, 31));
		assertThat(read.status()).isEqualTo(ActionStatus.ONGOING);
		assertThat(read.estimatedCostEur()).isEqualTo(1_250_000.5);
		assertThat(read.actualCostEur()).isEqualTo(980_000.25);
		assertThat(read.savings()).containsOnly(Map.entry(Carrier.NATURAL_GAS, 500.0),
				Map.entry(Carrier.ELECTRICITY, 250.0), Map.entry(Carrier.HEATING_OIL, 0.5));
		assertThat(read.renewableMwh()).isEqualTo(100.0);
		assertThat(read.co2Reduction()).isNull();
		assertThat(read.benchmarkOfExcellence()).isTrue();
		assertThat(read.version()).isZero();
		assertThat(read.createdAt()).isNotNull();

		ActionView readBuses = this.plans.action(ADMIN, this.signatory, buses.id());
		assertThat(readBuses.responsible()).isNull();
		assertThat(readBuses.startDate()).isNull();
		assertThat(readBuses.estimatedCostEur()).isNull();
		assertThat(readBuses.savings()).isEmpty();
		assertThat(readBuses.renewableMwh()).isNull();
		assertThat(readBuses.co2Reduction()).isEqualTo(99.0);
		assertThat(readBuses.benchmarkOfExcellence()).isFalse();

		// the list reads the savings of each action (one query for all of them)
		assertThat(this.plans.actions(ADMIN, this.signatory, plan.id(), null, null)).extracting(ActionView::id)
			.containsExactly(retrofit.id(), buses.id());
		assertThat(this.plans.actions(ADMIN, this.signatory, null, FieldOfAction.M11, ActionStatus.ONGOING))
			.singleElement()
			.satisfies((action) -> assertThat(action.savings()).hasSize(3));
		assertThat(this.plans.actions(ADMIN, this.signatory, null, null, ActionStatus.CANCELLED)).isEmpty();

		PlanTargetView target = this.plans.target(ADMIN, this.signatory, plan.id(), null);
		assertThat(target.beiTotal()).isCloseTo(3672.0, within(1e-6));
		assertThat(target.reductionNeeded()).isCloseTo(1468.8, within(1e-6));
		assertThat(target.expectedReduction()).isCloseTo(340.1335, within(1e-6));
		assertThat(target.gap()).isCloseTo(1128.6665, within(1e-6));
	}

	@Test
	void a_stale_version_is_an_edit_conflict_and_an_update_replaces_the_savings() {
		PlanView plan = this.plans.createPlan(ADMIN, this.signatory, plan(null));
		PlanView updated = this.plans.updatePlan(ADMIN, this.signatory, plan.id(),
				new PlanData(PlanKind.SECAP, "Zap plan, revised", null, null, null, null, PlanStatus.DRAFT, 0));
		assertThat(updated.version()).isEqualTo(1);
		assertThat(updated.title()).isEqualTo("Zap plan, revised");
		assertThatThrownBy(() -> this.plans.updatePlan(ADMIN, this.signatory, plan.id(), plan(0)))
			.isInstanceOf(EditConflict.class);
		assertThat(this.plans.plan(ADMIN, this.signatory, plan.id()).title()).isEqualTo("Zap plan, revised");

		ActionView action = this.plans.createAction(ADMIN, this.signatory,
				action(plan.id(), Map.of(Carrier.NATURAL_GAS, 10.0, Carrier.DIESEL, 5.0), null));
		ActionView changed = this.plans.updateAction(ADMIN, this.signatory, action.id(),
				action(plan.id(), Map.of(Carrier.ELECTRICITY, 7.5), 0));
		assertThat(changed.version()).isEqualTo(1);
		assertThat(changed.savings()).containsOnly(Map.entry(Carrier.ELECTRICITY, 7.5));
		assertThat(savingRows(action.id())).isEqualTo(1);
		assertThatThrownBy(() -> this.plans.updateAction(ADMIN, this.signatory, action.id(),
				action(plan.id(), Map.of(Carrier.GASOLINE, 1.0), 0)))
			.isInstanceOf(EditConflict.class);
		assertThat(this.plans.action(ADMIN, this.signatory, action.id()).savings())
			.containsOnly(Map.entry(Carrier.ELECTRICITY, 7.5));
	}

	@Test
	void deleting_a_plan_deletes_its_actions_and_their_savings() {
		PlanView plan = this.plans.createPlan(ADMIN, this.signatory, plan(null));
		PlanView kept = this.plans.createPlan(ADMIN, this.signatory, plan(null));
		ActionView first = this.plans.createAction(ADMIN, this.signatory,
				action(plan.id(), Map.of(Carrier.NATURAL_GAS, 10.0, Carrier.DIESEL, 5.0), null));
		this.plans.createAction(ADMIN, this.signatory, action(plan.id(), Map.of(Carrier.ELECTRICITY, 3.0), null));
		ActionView other = this.plans.createAction(ADMIN, this.signatory,
				action(kept.id(), Map.of(Carrier.ELECTRICITY, 1.0), null));
		assertThat(rows("plan_action")).isEqualTo(3);
		assertThat(rows("plan_action_saving")).isEqualTo(4);

		this.plans.deleteAction(ADMIN, this.signatory, first.id());
		assertThat(rows("plan_action")).isEqualTo(2);
		assertThat(rows("plan_action_saving")).isEqualTo(2);

		this.plans.deletePlan(ADMIN, this.signatory, plan.id());

		assertThat(rows("action_plan")).isEqualTo(1);
		assertThat(rows("plan_action")).isEqualTo(1);
		assertThat(rows("plan_action_saving")).isEqualTo(1);
		assertThat(this.plans.actions(ADMIN, this.signatory, null, null, null)).extracting(ActionView::id)
			.containsExactly(other.id());
		assertThatThrownBy(() -> this.plans.plan(ADMIN, this.signatory, plan.id())).isInstanceOf(PlanNotFound.class);
	}

	@Test
	void one_signatory_neither_reads_nor_changes_another_s_plans_and_actions() {
		PlanView plan = this.plans.createPlan(ADMIN, this.signatory, plan(null));
		ActionView action = this.plans.createAction(ADMIN, this.signatory,
				action(plan.id(), Map.of(Carrier.NATURAL_GAS, 10.0), null));

		assertThat(this.plans.plans(ADMIN, this.other)).isEmpty();
		assertThat(this.plans.actions(ADMIN, this.other, null, null, null)).isEmpty();
		assertThat(this.plans.actions(ADMIN, this.other, plan.id(), null, null)).isEmpty();
		assertThatThrownBy(() -> this.plans.plan(ADMIN, this.other, plan.id())).isInstanceOf(PlanNotFound.class);
		assertThatThrownBy(() -> this.plans.action(ADMIN, this.other, action.id())).isInstanceOf(ActionNotFound.class);
		assertThatThrownBy(() -> this.plans.updatePlan(ADMIN, this.other, plan.id(), plan(0)))
			.isInstanceOf(PlanNotFound.class);
		assertThatThrownBy(
				() -> this.plans.updateAction(ADMIN, this.other, action.id(), action(plan.id(), Map.of(), 0)))
			.isInstanceOf(ActionNotFound.class);
		assertThatThrownBy(() -> this.plans.deletePlan(ADMIN, this.other, plan.id())).isInstanceOf(PlanNotFound.class);
		assertThatThrownBy(() -> this.plans.deleteAction(ADMIN, this.other, action.id()))
			.isInstanceOf(ActionNotFound.class);
		assertThatThrownBy(() -> this.plans.createAction(ADMIN, this.other, action(plan.id(), Map.of(), null)))
			.isInstanceOf(InvalidInput.class)
			.satisfies(
					(ex) -> assertThat(((InvalidInput) ex).violations()).extracting(InvalidInput.FieldViolation::field)
						.containsExactly("planId"));

		assertThat(this.plans.plan(ADMIN, this.signatory, plan.id()).version()).isZero();
		assertThat(this.plans.action(ADMIN, this.signatory, action.id()).savings())
			.containsOnly(Map.entry(Carrier.NATURAL_GAS, 10.0));
		assertThat(rows("plan_action")).isEqualTo(1);
	}

	@Test
	void the_tables_refuse_rows_the_migration_rules_out() {
		PlanView plan = this.plans.createPlan(ADMIN, this.signatory, plan(null));
		ActionView action = this.plans.createAction(ADMIN, this.signatory,
				action(plan.id(), Map.of(Carrier.NATURAL_GAS, 10.0), null));
		assertThatThrownBy(
				() -> this.jdbc.sql("update plan_action set start_date = :start, end_date = :end where id = :id")
					.param("start", Date.valueOf(LocalDate.of(2020, 1, 2)))
					.param("end", Date.valueOf(LocalDate.of(2020, 1, 1)))
					.param("id", action.id())
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.sql("update action_plan set status = 'DONE' where id = :id")
			.param("id", plan.id())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> this.jdbc.sql(
				"insert into plan_action_saving (action_id, signatory_id, carrier, mwh) values (:a, :s, 'NATURAL_GAS', 1)")
			.param("a", action.id())
			.param("s", this.signatory.value())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(this.plans.action(ADMIN, this.signatory, action.id()).savings())
			.containsOnly(Map.entry(Carrier.NATURAL_GAS, 10.0));
	}

	private SignatoryId newSignatory() {
		String name = "Zap" + UUID.randomUUID().toString().substring(0, 8);
		return new SignatoryId(this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", null, 20000, 2015, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id());
	}

	private long bei() {
		List<ConsumptionRow> consumption = List.of(
				new ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 1000.0, null, null),
				new ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 2000.0, null, null),
				new ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 10000.0, null, null));
		return this.inventories
			.createInventory(ADMIN, this.signatory,
					new InventoryData(InventoryType.BEI, 2012, Approach.IPCC, EmissionUnit.CO2, 20000, null, 0.4, null,
							Map.of(), consumption, null, List.of(), null, List.of(), null))
			.summary()
			.id();
	}

	private static PlanData plan(Integer version) {
		return new PlanData(PlanKind.SECAP, "Zap plan", null, null, null, null, PlanStatus.DRAFT, version);
	}

	private static ActionData action(long planId, Map<Carrier, Double> savings, Integer version) {
		return new ActionData(planId, "M13", "Zap action", false, null, null, null, ActionStatus.NOT_STARTED, null,
				null, savings, null, null, false, version);
	}

	private int rows(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where signatory_id = :signatory")
			.param("signatory", this.signatory.value())
			.query(Integer.class)
			.single();
	}

	private int savingRows(long actionId) {
		return this.jdbc.sql("select count(*) from plan_action_saving where action_id = :action")
			.param("action", actionId)
			.query(Integer.class)
			.single();
	}

}
