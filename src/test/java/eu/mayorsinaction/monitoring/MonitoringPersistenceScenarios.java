package eu.mayorsinaction.monitoring;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Round trips of V13's tables (monitoring_report, deadline_extension) through
 * {@link MonitoringReports} and {@link MonitoringSchedules}, down to the database and
 * back: every column incl. the frozen actions as JSON, optimistic locking on a
 * transition, the tenant filter, and the tables' own constraints (an extension's new date
 * after the original one). The same scenarios run on PostgreSQL and on H2 (see the two
 * subclasses), each test on signatories of its own ("Reportopolis…"), which have no
 * coordinator: the municipality records the submission to the Covenant itself.
 */
abstract class MonitoringPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	MonitoringReports reports;

	@Autowired
	MonitoringSchedules schedules;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReportStore store;

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
	 * A draft is stored with every column; recording the submission to the Covenant on
	 * 2019-02-28 runs the check, freezes the three actions as JSON (read back field by
	 * field, incl. an unknown actual cost and the Greek/Polish title) and counts the
	 * version up from 0 to 1.
	 */
	@Test
	void a_report_and_its_frozen_actions_are_kept() {
		long plan = approvedPlan();
		ReportView draft = this.reports.create(ADMIN, this.signatory, new ReportData(ReportType.ACTION_REPORT,
				"Reportopolis – Έκθεση 2019, Łódź", plan, null, this.commitment, null));
		assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(draft.actions()).isEmpty();
		assertThat(draft.version()).isZero();
		assertThat(count("monitoring_report")).isEqualTo(1);
		assertThat(this.jdbc.sql("select content from monitoring_report where id = :id")
			.param("id", draft.id())
			.query(String.class)
			.optional()).isEmpty();

		ReportView recorded = this.reports.recordCovenantSubmission(ADMIN, this.signatory, draft.id(), 0,
				LocalDate.of(2019, 2, 28));
		ReportView read = this.reports.report(ADMIN, this.signatory, draft.id());
		assertThat(read).isEqualTo(recorded);
		assertThat(read.signatoryId()).isEqualTo(this.signatory.value());
		assertThat(read.commitmentId()).isEqualTo(this.commitment);
		assertThat(read.planId()).isEqualTo(plan);
		assertThat(read.type()).isEqualTo(ReportType.ACTION_REPORT);
		assertThat(read.meiInventoryId()).isNull();
		assertThat(read.title()).isEqualTo("Reportopolis – Έκθεση 2019, Łódź");
		assertThat(read.status()).isEqualTo(ReportStatus.SUBMITTED_TO_COVENANT);
		assertThat(read.coordinatorComment()).isNull();
		assertThat(read.covenantSubmissionDate()).isEqualTo(LocalDate.of(2019, 2, 28));
		assertThat(read.version()).isEqualTo(1);
		assertThat(read.updatedAt()).isAfterOrEqualTo(read.createdAt());
		assertThat(read.actions()).hasSize(3);
		ReportView.ReportedAction first = read.actions().get(0);
		assertThat(first.field()).isEqualTo("M11");
		assertThat(first.title()).isEqualTo("Reportopolis LED – Łódź");
		assertThat(first.status()).isEqualTo("COMPLETED");
		assertThat(first.estimatedCostEur()).isEqualTo(120000.0);
		assertThat(first.actualCostEur()).isEqualTo(95000.5);
		assertThat(first.co2Reduction()).isEqualTo(40.5);
		assertThat(first.benchmarkOfExcellence()).isTrue();
		ReportView.ReportedAction second = read.actions().get(1);
		assertThat(second.field()).isEqualTo("M13");
		assertThat(second.actualCostEur()).isNull();
		// Not entered: frozen as computed with the BEI's factors, 100 MWh/a of natural
		// gas
		// x 0.202 t CO2/MWh (IPCC) = 20.2 t CO2/a.
		assertThat(second.co2Reduction()).isEqualTo(20.2);
		String json = this.jdbc.sql("select content from monitoring_report where id = :id")
			.param("id", draft.id())
			.query(String.class)
			.single();
		assertThat(json).contains("\"field\":\"M33\"").contains("Łódź");
	}

	/**
	 * Two people read version 0; the first records the submission, the second's stale
	 * version is refused and nothing of it is stored.
	 */
	@Test
	void a_transition_from_a_stale_version_is_refused() {
		long plan = approvedPlan();
		ReportView draft = this.reports.create(ADMIN, this.signatory,
				new ReportData(ReportType.ACTION_REPORT, "Reportopolis 2019", plan, null, null, null));
		this.reports.recordCovenantSubmission(ADMIN, this.signatory, draft.id(), 0, LocalDate.of(2019, 2, 28));
		assertThatThrownBy(() -> this.reports.recordCovenantSubmission(ADMIN, this.signatory, draft.id(), 0,
				LocalDate.of(2019, 3, 1)))
			.isInstanceOf(ReportTransitionNotAllowed.class);
		assertThat(this.reports.report(ADMIN, this.signatory, draft.id()).covenantSubmissionDate())
			.isEqualTo(LocalDate.of(2019, 2, 28));
		ReportView other = this.reports.create(ADMIN, this.signatory,
				new ReportData(ReportType.ACTION_REPORT, "Reportopolis 2021", plan, null, null, null));
		assertThatThrownBy(() -> this.reports.recordCovenantSubmission(ADMIN, this.signatory, other.id(), 7,
				LocalDate.of(2021, 2, 28)))
			.isInstanceOf(EditConflict.class);
		ReportView unchanged = this.reports.report(ADMIN, this.signatory, other.id());
		assertThat(unchanged.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(unchanged.version()).isZero();
		assertThat(unchanged.actions()).isEmpty();
	}

	/**
	 * The store's own lock: of two transitions from version 0 only the first changes the
	 * row (version 0 → 1); the second finds no row with version 0.
	 */
	@Test
	void the_store_moves_a_report_only_from_the_version_read() {
		long plan = approvedPlan();
		ReportView draft = this.reports.create(ADMIN, this.signatory,
				new ReportData(ReportType.ACTION_REPORT, "Reportopolis lock", plan, null, null, null));
		java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
		assertThat(this.store.transition(this.signatory.value(), draft.id(), 0, ReportStatus.RETURNED, "first", null,
				null, now))
			.isTrue();
		assertThat(this.store.transition(this.signatory.value(), draft.id(), 0, ReportStatus.APPROVED, "second", null,
				null, now))
			.isFalse();
		assertThat(this.store.transition(this.other.value(), draft.id(), 1, ReportStatus.APPROVED, "tenant", null, null,
				now))
			.isFalse();
		ReportView read = this.reports.report(ADMIN, this.signatory, draft.id());
		assertThat(read.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(read.coordinatorComment()).isEqualTo("first");
		assertThat(read.version()).isEqualTo(1);
	}

	/** Another signatory's report is not found through this one, nor listed. */
	@Test
	void the_tenant_filter_keeps_reports_apart() {
		long plan = approvedPlan();
		ReportView mine = this.reports.create(ADMIN, this.signatory,
				new ReportData(ReportType.ACTION_REPORT, "Reportopolis mine", plan, null, null, null));
		assertThat(this.reports.reports(ADMIN, this.other)).isEmpty();
		assertThatThrownBy(() -> this.reports.report(ADMIN, this.other, mine.id())).isInstanceOf(ReportNotFound.class);
		assertThatThrownBy(() -> this.reports.delete(ADMIN, this.other, mine.id())).isInstanceOf(ReportNotFound.class);
		assertThat(this.reports.reports(ADMIN, this.signatory)).extracting(ReportView::id).containsExactly(mine.id());
	}

	/**
	 * COM_2030 from 2016-03-01: the plan's deadline is extended by a year through the
	 * service; the database itself refuses a row whose new date is not after the original
	 * one (equal or earlier), and a kind or number out of range.
	 */
	@Test
	void an_extension_is_kept_and_the_database_checks_its_dates() {
		DeadlineView plan = this.schedules.schedule(ADMIN, this.signatory)
			.deadlines()
			.stream()
			.filter((d) -> d.kind() == DeadlineKind.PLAN)
			.findFirst()
			.orElseThrow();
		LocalDate later = plan.dueDate().plusYears(1);
		ExtensionView stored = this.schedules.extend(ADMIN, this.signatory,
				new ExtensionData(this.commitment, DeadlineKind.PLAN, 1, later, "Reportopolis: council elections"));
		assertThat(stored.signatoryId()).isEqualTo(this.signatory.value());
		assertThat(stored.commitmentId()).isEqualTo(this.commitment);
		assertThat(stored.kind()).isEqualTo(DeadlineKind.PLAN);
		assertThat(stored.number()).isEqualTo(1);
		assertThat(stored.originalDate()).isEqualTo(plan.originalDate());
		assertThat(stored.newDate()).isEqualTo(later);
		assertThat(stored.reason()).isEqualTo("Reportopolis: council elections");
		assertThat(stored.onBehalf()).isFalse();
		assertThat(this.schedules.schedule(ADMIN, this.signatory)
			.deadlines()
			.stream()
			.filter((d) -> d.kind() == DeadlineKind.PLAN)
			.findFirst()
			.orElseThrow()
			.dueDate()).isEqualTo(later);
		assertThat(this.schedules.schedule(ADMIN, this.other).deadlines()).isEmpty();

		for (LocalDate newDate : List.of(LocalDate.of(2018, 3, 1), LocalDate.of(2017, 1, 1))) {
			assertThatThrownBy(() -> insertExtension("PLAN", 2, LocalDate.of(2018, 3, 1), newDate))
				.isInstanceOf(DataIntegrityViolationException.class);
		}
		assertThatThrownBy(() -> insertExtension("SOMETHING", 2, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 1, 1)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(() -> insertExtension("MEI", 0, LocalDate.of(2018, 3, 1), LocalDate.of(2019, 1, 1)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(count("deadline_extension")).isEqualTo(1);
		this.reports.create(ADMIN, this.signatory,
				new ReportData(ReportType.ACTION_REPORT, "Reportopolis typed", approvedPlan(), null, null, null));
		assertThatThrownBy(() -> this.jdbc.sql("update monitoring_report set status = 'DONE' where signatory_id = :s")
			.param("s", this.signatory.value())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	private void insertExtension(String kind, int number, LocalDate original, LocalDate newDate) {
		this.jdbc.sql("""
				insert into deadline_extension (signatory_id, commitment_id, kind, number, original_date, new_date,
				  reason, on_behalf, created_at)
				values (:s, :c, :kind, :number, :original, :newDate, 'x', false, current_timestamp)
				""")
			.param("s", this.signatory.value())
			.param("c", this.commitment)
			.param("kind", kind)
			.param("number", number)
			.param("original", Date.valueOf(original))
			.param("newDate", Date.valueOf(newDate))
			.update();
	}

	/**
	 * A council-approved SECAP on a BEI 2012 (gas 1,000 MWh municipal, electricity 2,000
	 * residential, diesel 10,000 transport: 3 of 4 key sectors), target 40 %; three
	 * Benchmarks of Excellence in M11, M13 and M33 (2 key sectors and more).
	 */
	private long approvedPlan() {
		List<ConsumptionRow> consumption = List.of(
				new ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 1000.0, null, null),
				new ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 2000.0, null, null),
				new ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 10000.0, null, null));
		long bei = this.inventories
			.createInventory(ADMIN, this.signatory,
					new InventoryData(InventoryType.BEI, 2012, Approach.IPCC, EmissionUnit.CO2, 20000, null, 0.4, null,
							Map.of(), consumption, null, List.of(), null, List.of(), null))
			.summary()
			.id();
		long plan = this.plans
			.createPlan(ADMIN, this.signatory,
					new PlanData(PlanKind.SECAP, "Reportopolis SECAP", this.commitment, LocalDate.of(2017, 5, 30),
							"Council", bei, PlanStatus.APPROVED_BY_COUNCIL, null))
			.id();
		this.plans.createAction(ADMIN, this.signatory,
				new ActionData(plan, "M11", "Reportopolis LED – Łódź", true, null, null, null, ActionStatus.COMPLETED,
						120000.0, 95000.5, Map.of(Carrier.ELECTRICITY, 100.0), null, 40.5, true, null));
		this.plans.createAction(ADMIN, this.signatory,
				new ActionData(plan, "M13", "Reportopolis heat pumps", true, null, null, null, ActionStatus.ONGOING,
						80000.0, null, Map.of(Carrier.NATURAL_GAS, 100.0), null, null, true, null));
		this.plans.createAction(ADMIN, this.signatory,
				new ActionData(plan, "M33", "Reportopolis cycle lanes", true, null, null, null, ActionStatus.ONGOING,
						50000.0, null, Map.of(Carrier.DIESEL, 100.0), null, 12.25, true, null));
		return plan;
	}

	private SignatoryId newSignatory() {
		String name = "Reportopolis" + UUID.randomUUID().toString().substring(0, 8);
		return new SignatoryId(this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", null, 20000, 2015, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id());
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table + " where signatory_id = :signatory")
			.param("signatory", this.signatory.value())
			.query(Integer.class)
			.single();
	}

}
