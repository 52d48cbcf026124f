package eu.mayorsinaction.exchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.monitoring.DeadlineKind;
import eu.mayorsinaction.monitoring.DeadlineState;
import eu.mayorsinaction.monitoring.DeadlineView;
import eu.mayorsinaction.monitoring.ExtensionData;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.MonitoringSchedules;
import eu.mayorsinaction.monitoring.ReportData;
import eu.mayorsinaction.monitoring.ReportType;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.ScheduleView;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The demo's illustrative monitoring reports, so that the 40 municipalities stand at
 * varied stages of the Covenant cycle. Through the public services only (the report
 * workflow with its pre-submission check, the schedule, extensions, the inventory engine
 * for the MEIs), as the system actor, after {@link DemoPlans}. Deterministic by the
 * town's position in {@code demo/signatories.csv}:
 * <ul>
 * <li>only towns whose plan was submitted to the Covenant have report deadlines; for each
 * report deadline already passed a report is recorded as submitted to the Covenant some
 * days before it (a Full Report with an illustrative MEI every second one, i.e. with each
 * MEI deadline), unless the town's role says otherwise;</li>
 * <li>towns whose plan answers an older, renewed commitment (2020 signatories that
 * renewed, see {@link DemoDataLoader#renewal(int)}): every fourth one (position divisible
 * by 4) missed its last report;</li>
 * <li>towns whose plan answers their only commitment and whose target year passed (2020
 * signatories that never renewed) met every report deadline of their cycle: the cycle
 * ended ({@link Role#CYCLE_COMPLETED});</li>
 * <li>towns whose plan answers their current commitment get, in the order of the file,
 * the roles of {@link Role}: one report awaiting the coordinator's review, one returned
 * with a comment, one approved but not yet recorded, some missed their last report, two
 * deadline extensions (the missed deadline moved to a date shortly ahead); the rest
 * report on time;</li>
 * <li>two towns whose plan is not submitted and overdue had its deadline extended some
 * months ahead: their plan is in preparation.</li>
 * </ul>
 * A report is only moved on when the check passes ({@link MonitoringReports#check}): an
 * exception would spoil the loader's transaction. Report titles, the coordinator's
 * comment on the returned report and the reasons of the extensions are in the town's
 * language ({@code demo/report-texts.csv}, by country); every title carries the
 * language's illustrative mark, the comment and reasons say it in their own words, every
 * MEI cell carries a note.
 */
@Component
class DemoReports {

	static final String MEI_NOTE = "Illustrative demo MEI, not real data: the BEI's value reduced by an assumed "
			+ "trend of 2 % a year";

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	/** What a town's reporting looks like. */
	enum Role {

		/** Every report deadline passed met. */
		ON_TIME,
		/** The last report deadline passed without a report. */
		MISSED_LAST,
		/** The last report deadline missed, then extended to a date shortly ahead. */
		EXTENDED,
		/** On time, and the next report submitted to the coordinator. */
		AWAITING_REVIEW,
		/** On time, and the next report returned by the coordinator with a comment. */
		RETURNED,
		/** On time, and the next report approved, not yet recorded as submitted. */
		APPROVED,
		/**
		 * The plan is not submitted and its deadline passed: extended to a date some
		 * months ahead (the plan is in preparation).
		 */
		PLAN_EXTENDED,
		/** The plan is not submitted: no report is due yet. */
		NO_REPORTS,
		/**
		 * The cycle's target year passed without a renewal: every report deadline of the
		 * cycle met, nothing more is due.
		 */
		CYCLE_COMPLETED

	}

	private final OrganisationManagement organisations;

	private final ActionPlanManagement plans;

	private final InventoryManagement inventories;

	private final MonitoringReports reports;

	private final MonitoringSchedules schedules;

	/** The role each demo town was given in the last load (for the tests). */
	private final Map<Long, Role> roles = new LinkedHashMap<>();

	/** A country's report texts, in its municipal language. */
	record Texts(String language, String actionReport, String fullReport, String marker, String returnedComment,
			String planExtension, String reportExtension) {

		/**
		 * The title of the report with {@code number} in its cycle, marked illustrative.
		 */
		String title(ReportType type, int number) {
			return ((type == ReportType.FULL_REPORT) ? this.fullReport : this.actionReport).replace("{0}",
					String.valueOf(number)) + " " + this.marker;
		}

	}

	DemoReports(OrganisationManagement organisations, ActionPlanManagement plans, InventoryManagement inventories,
			MonitoringReports reports, MonitoringSchedules schedules) {
		this.organisations = organisations;
		this.plans = plans;
		this.inventories = inventories;
		this.reports = reports;
		this.schedules = schedules;
	}

	Map<Long, Role> roles() {
		return Map.copyOf(this.roles);
	}

	/**
	 * @return the number of reports stored
	 */
	int load(List<Long> signatoryIds) {
		long start = System.nanoTime();
		Map<String, Texts> texts = texts();
		List<Role> pending = new ArrayList<>(
				List.of(Role.AWAITING_REVIEW, Role.EXTENDED, Role.RETURNED, Role.MISSED_LAST, Role.APPROVED,
						Role.EXTENDED, Role.MISSED_LAST, Role.PLAN_EXTENDED, Role.PLAN_EXTENDED));
		int stored = 0;
		Map<Role, Integer> counts = new EnumMap<>(Role.class);
		for (int i = 0; i < signatoryIds.size(); i++) {
			SignatoryId id = new SignatoryId(signatoryIds.get(i));
			Town town = town(id);
			Role role = role(i, town, pending);
			this.roles.put(id.value(), role);
			counts.merge(role, 1, Integer::sum);
			stored += load(i, id, town, role, texts.get(town.country()));
		}
		log.info("Demo reports loaded: {} illustrative monitoring reports ({}) in {} ms", stored, counts,
				(System.nanoTime() - start) / 1_000_000);
		return stored;
	}

	/**
	 * What a town's role depends on.
	 *
	 * @param current the plan answers the current commitment
	 * @param ended the plan answers the current commitment and its target year passed
	 */
	record Town(PlanView plan, boolean current, boolean ended, boolean coordinated, List<DeadlineView> passed,
			Optional<DeadlineView> upcoming, ScheduleView schedule, Optional<DeadlineView> missedPlan, boolean onHold,
			String country) {

	}

	private Town town(SignatoryId id) {
		SignatoryView signatory = this.organisations.getSignatory(SYSTEM, id);
		boolean onHold = signatory.status() == SignatoryStatus.ON_HOLD;
		PlanView plan = this.plans.plans(SYSTEM, id).stream().findFirst().orElse(null);
		ScheduleView schedule = this.schedules.schedule(SYSTEM, id);
		List<CommitmentView> commitments = this.organisations.commitments(SYSTEM, id);
		if (plan == null || plan.commitmentId() == null || !submitted(plan.status())) {
			Optional<Long> current = commitments.stream()
				.filter(CommitmentView::current)
				.map(CommitmentView::id)
				.findFirst();
			Optional<DeadlineView> missedPlan = schedule.deadlines()
				.stream()
				.filter((d) -> d.kind() == DeadlineKind.PLAN && d.state() == DeadlineState.MISSED && current.isPresent()
						&& d.commitmentId() == current.get())
				.findFirst();
			return new Town(plan, false, false, false, List.of(), Optional.empty(), schedule, missedPlan, onHold,
					signatory.country());
		}
		boolean current = commitments.stream().anyMatch((c) -> c.id() == plan.commitmentId() && c.current());
		boolean ended = current && commitments.stream()
			.anyMatch((c) -> c.id() == plan.commitmentId() && c.targetYear() < schedule.today().getYear());
		boolean coordinated = this.organisations.supportersOf(SYSTEM, id).stream().anyMatch(SupportView::active);
		List<DeadlineView> reportDeadlines = schedule.deadlines()
			.stream()
			.filter((d) -> d.commitmentId() == plan.commitmentId() && d.kind() == DeadlineKind.MONITORING_REPORT)
			.toList();
		List<DeadlineView> passed = reportDeadlines.stream()
			.filter((d) -> d.dueDate().isBefore(schedule.today()))
			.toList();
		Optional<DeadlineView> upcoming = reportDeadlines.stream()
			.filter((d) -> !d.dueDate().isBefore(schedule.today()))
			.findFirst();
		return new Town(plan, current, ended, coordinated, passed, upcoming, schedule, Optional.empty(), onHold,
				signatory.country());
	}

	private static boolean submitted(PlanStatus status) {
		return status == PlanStatus.SUBMITTED_TO_COVENANT || status == PlanStatus.ACCEPTED
				|| status == PlanStatus.REVISION_REQUESTED;
	}

	/**
	 * The first pending role the town can take (in the order of the file), else on time;
	 * older cycles: every fourth town missed its last report; ended cycles: completed.
	 */
	static Role role(int i, Town town, List<Role> pending) {
		if (town.plan() == null || !submitted(town.plan().status())) {
			if (town.missedPlan().isPresent() && !town.onHold() && pending.remove(Role.PLAN_EXTENDED)) {
				return Role.PLAN_EXTENDED;
			}
			return Role.NO_REPORTS;
		}
		if (!town.current()) {
			return (i % 4 == 0 && !town.passed().isEmpty()) ? Role.MISSED_LAST : Role.ON_TIME;
		}
		if (town.ended()) {
			return Role.CYCLE_COMPLETED;
		}
		for (Role role : pending) {
			boolean fits = switch (role) {
				case MISSED_LAST -> !town.passed().isEmpty();
				// an extension lowers the risk, which a town on hold keeps high
				case EXTENDED -> !town.passed().isEmpty() && !town.onHold();
				case PLAN_EXTENDED -> false;
				case AWAITING_REVIEW, RETURNED, APPROVED -> town.coordinated();
				default -> true;
			};
			if (fits) {
				pending.remove(role);
				return role;
			}
		}
		return Role.ON_TIME;
	}

	private int load(int i, SignatoryId id, Town town, Role role, Texts texts) {
		if (role == Role.NO_REPORTS) {
			return 0;
		}
		if (role == Role.PLAN_EXTENDED) {
			DeadlineView plan = town.missedPlan().orElseThrow();
			this.schedules.extend(SYSTEM, id, new ExtensionData(plan.commitmentId(), DeadlineKind.PLAN, 1,
					town.schedule().today().plusDays(150 + (i * 13) % 60), texts.planExtension()));
			return 0;
		}
		int stored = 0;
		List<DeadlineView> passed = town.passed();
		int reported = (role == Role.MISSED_LAST || role == Role.EXTENDED) ? passed.size() - 1 : passed.size();
		for (int n = 0; n < reported; n++) {
			DeadlineView deadline = passed.get(n);
			LocalDate date = deadline.dueDate().minusDays(5 + (i * 7 + n * 11) % 40);
			if (record(id, town, deadline, date, texts)) {
				stored++;
			}
		}
		if (role == Role.EXTENDED) {
			// the missed report (and the MEI due with it, if any) moved to a date shortly
			// ahead
			LocalDate newDate = town.schedule().today().plusDays(30 + (i * 11) % 45);
			for (DeadlineView missed : this.schedules.schedule(SYSTEM, id).deadlines()) {
				if (missed.commitmentId() == town.plan().commitmentId() && missed.state() == DeadlineState.MISSED
						&& missed.kind() != DeadlineKind.PLAN) {
					this.schedules.extend(SYSTEM, id, new ExtensionData(missed.commitmentId(), missed.kind(),
							missed.number(), newDate, texts.reportExtension()));
				}
			}
		}
		if (role == Role.AWAITING_REVIEW || role == Role.RETURNED || role == Role.APPROVED) {
			int number = passed.size() + 1;
			ReportView draft = this.reports.create(SYSTEM, id,
					new ReportData(ReportType.ACTION_REPORT, texts.title(ReportType.ACTION_REPORT, number),
							town.plan().id(), null, town.plan().commitmentId(), null));
			stored++;
			if (this.reports.check(SYSTEM, id, draft.id()).passed()) {
				ReportView submitted = this.reports.submit(SYSTEM, id, draft.id(), draft.version());
				if (role == Role.RETURNED) {
					this.reports.decide(SYSTEM, id, draft.id(), submitted.version(), false, texts.returnedComment());
				}
				else if (role == Role.APPROVED) {
					this.reports.decide(SYSTEM, id, draft.id(), submitted.version(), true, null);
				}
			}
			else {
				log.warn("Demo report of signatory {} left as a draft: its check fails", id.value());
			}
		}
		return stored;
	}

	/**
	 * A report recorded as submitted to the Covenant on {@code date}: a Full Report with
	 * an MEI of the year before for every second deadline (the MEI's), else an Action
	 * Report. With a coordinator: submitted, approved, recorded; without: recorded.
	 */
	private boolean record(SignatoryId id, Town town, DeadlineView deadline, LocalDate date, Texts texts) {
		PlanView plan = town.plan();
		boolean full = deadline.number() % 2 == 0;
		Long mei = full ? mei(id, plan, date.getYear() - 1) : null;
		ReportType type = (mei != null) ? ReportType.FULL_REPORT : ReportType.ACTION_REPORT;
		String title = texts.title(type, deadline.number());
		ReportView report = this.reports.create(SYSTEM, id,
				new ReportData(type, title, plan.id(), mei, plan.commitmentId(), null));
		if (!this.reports.check(SYSTEM, id, report.id()).passed()) {
			log.warn("Demo report of signatory {} left as a draft: its check fails", id.value());
			return true;
		}
		int version = report.version();
		if (town.coordinated()) {
			version = this.reports.submit(SYSTEM, id, report.id(), version).version();
			version = this.reports.decide(SYSTEM, id, report.id(), version, true, null).version();
		}
		this.reports.recordCovenantSubmission(SYSTEM, id, report.id(), version, date);
		return true;
	}

	/**
	 * An illustrative MEI: the BEI's consumption reduced by 2 % a year since the BEI
	 * (rounded to one decimal), each cell noted; {@code null} when the year would not be
	 * after the BEI's.
	 */
	private Long mei(SignatoryId id, PlanView plan, int year) {
		if (plan.beiInventoryId() == null) {
			return null;
		}
		InventoryData bei = this.inventories.inventory(SYSTEM, id, plan.beiInventoryId()).data();
		if (year <= bei.year()) {
			return null;
		}
		double factor = Math.max(0.5, 1 - 0.02 * (year - bei.year()));
		List<ConsumptionRow> rows = new ArrayList<>();
		for (ConsumptionRow row : bei.consumption()) {
			rows.add(new ConsumptionRow(row.sector(), row.carrier(), Math.round(row.mwh() * factor * 10) / 10.0,
					Provenance.ESTIMATED, MEI_NOTE));
		}
		InventoryData mei = new InventoryData(InventoryType.MEI, year, bei.approach(), bei.unit(), bei.population(),
				bei.country(), bei.nationalElectricityFactor(), bei.heatFactor(), bei.ownFactors(), rows,
				bei.greenElectricity(), bei.localElectricity(), bei.localHeat(), bei.nonEnergy(), null);
		return this.inventories.createInventory(SYSTEM, id, mei).summary().id();
	}

	/** The report texts by country ({@code demo/report-texts.csv}). */
	static Map<String, Texts> texts() {
		Map<String, Texts> texts = new HashMap<>();
		try {
			for (CSVRecord row : DemoPlans.read("demo/report-texts.csv")) {
				texts.put(row.get("country"),
						new Texts(row.get("language"), row.get("action_report"), row.get("full_report"),
								row.get("marker"), row.get("returned_comment"), row.get("plan_extension"),
								row.get("report_extension")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return texts;
	}

}
