package eu.mayorsinaction.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.actionplan.ActionPlanOverview;
import eu.mayorsinaction.inventory.InventoryOverview;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's cockpit: every signatory an organisation supports now, with its stage
 * in the cycle, next deadline, risk of being put on hold, data completeness, last
 * activity and the reports waiting for the coordinator. All data is read in a handful of
 * queries for all signatories at once (never one query per signatory), then computed in
 * memory with the same schedule as a signatory's own page.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringCockpit {

	/** A deadline nearer than this many days makes the risk medium. */
	public static final int SOON_DAYS = 90;

	static final List<String> CHECKS = List.of("population", "commitment", "bei", "plan", "actions");

	private final OrganisationManagement organisations;

	private final MonitoringSchedules schedules;

	private final InventoryOverview inventories;

	private final ActionPlanOverview plans;

	private final Clock clock;

	MonitoringCockpit(OrganisationManagement organisations, MonitoringSchedules schedules,
			InventoryOverview inventories, ActionPlanOverview plans, Optional<Clock> clock) {
		this.organisations = organisations;
		this.schedules = schedules;
		this.inventories = inventories;
		this.plans = plans;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * @throws eu.mayorsinaction.organisation.OrganisationNotFound if the person may not
	 * see the organisation
	 */
	public CockpitView cockpit(Actor actor, OrganisationId organisation, CockpitQuery query) {
		OrganisationView view = this.organisations.getOrganisation(actor, organisation);
		List<SignatoryView> signatories = this.organisations.supportedSignatories(actor, organisation);
		List<Long> ids = signatories.stream().map(SignatoryView::id).toList();
		ScheduleInputs inputs = this.schedules.inputs(actor, ids);
		Map<Long, InventoryOverview.Facts> inventoryFacts = this.inventories.of(ids);
		Map<Long, ActionPlanOverview.Facts> planFacts = this.plans.of(ids);
		LocalDate today = LocalDate.now(this.clock);
		List<CockpitRow> rows = new ArrayList<>();
		for (SignatoryView signatory : signatories) {
			long id = signatory.id();
			rows.add(row(signatory, inputs.commitmentsOf(id), inputs.reportsOf(id), inputs.schedule(signatory, today),
					inventoryFacts.get(id), planFacts.get(id)));
		}
		List<CockpitRow> shown = rows.stream()
			.filter((row) -> query.country() == null || query.country().isBlank()
					|| query.country().equalsIgnoreCase(row.country()))
			.filter((row) -> query.stage() == null || query.stage() == row.stage())
			.filter((row) -> query.risk() == null || query.risk() == row.risk())
			.sorted(order(query.sort()))
			.toList();
		List<String> countries = rows.stream().map(CockpitRow::country).distinct().sorted().toList();
		return new CockpitView(organisation.value(), view.name(), today, rows.size(), countries, shown);
	}

	static CockpitRow row(SignatoryView signatory, List<CommitmentView> commitments, List<ReportView> reports,
			ScheduleView schedule, InventoryOverview.Facts inventory, ActionPlanOverview.Facts plan) {
		Framework framework = commitments.stream()
			.filter(CommitmentView::current)
			.map(CommitmentView::framework)
			.findFirst()
			.orElse(null);
		DeadlineView next = schedule.next();
		CycleStage stage = stage(commitments, schedule);
		RiskLevel risk = (signatory.status() == SignatoryStatus.ON_HOLD || (next != null && next.daysLeft() < 0))
				? RiskLevel.HIGH : (next != null && next.daysLeft() <= SOON_DAYS) ? RiskLevel.MEDIUM : RiskLevel.LOW;
		List<String> missing = new ArrayList<>();
		if (signatory.population() == null) {
			missing.add("population");
		}
		if (commitments.isEmpty()) {
			missing.add("commitment");
		}
		if (inventory == null || !inventory.computedBei()) {
			missing.add("bei");
		}
		if (plan == null || !plan.approvedPlan()) {
			missing.add("plan");
		}
		if (plan == null || plan.actions() == 0) {
			missing.add("actions");
		}
		int completeness = (int) Math.round(100.0 * (CHECKS.size() - missing.size()) / CHECKS.size());
		Instant last = null;
		for (Instant candidate : new Instant[] { (inventory != null) ? inventory.lastChange() : null,
				(plan != null) ? plan.lastChange() : null,
				reports.stream().map(ReportView::updatedAt).max(Comparator.naturalOrder()).orElse(null) }) {
			if (candidate != null && (last == null || candidate.isAfter(last))) {
				last = candidate;
			}
		}
		int awaiting = (int) reports.stream()
			.filter((r) -> r.status() == ReportStatus.SUBMITTED_TO_COORDINATOR)
			.count();
		return new CockpitRow(signatory.id(), signatory.name(), signatory.country(), signatory.status(), framework,
				stage, (next != null) ? next.kind() : null, (next != null) ? next.dueDate() : null,
				(next != null) ? next.daysLeft() : null, risk, completeness, missing, last, awaiting);
	}

	static CycleStage stage(List<CommitmentView> commitments, ScheduleView schedule) {
		if (commitments.isEmpty()) {
			return CycleStage.NO_COMMITMENT;
		}
		DeadlineView next = schedule.next();
		if (next == null) {
			return CycleStage.CYCLE_ENDED;
		}
		if (next.kind() == DeadlineKind.PLAN) {
			return (next.state() == DeadlineState.MISSED) ? CycleStage.PLAN_OVERDUE : CycleStage.PLAN_IN_PREPARATION;
		}
		return (next.state() == DeadlineState.MISSED) ? CycleStage.REPORT_OVERDUE : CycleStage.IMPLEMENTING;
	}

	static Comparator<CockpitRow> order(String sort) {
		String key = (sort == null || sort.isBlank()) ? "risk" : sort;
		boolean descending = key.startsWith("-");
		key = descending ? key.substring(1) : key;
		Comparator<CockpitRow> byName = Comparator.comparing(CockpitRow::name, String.CASE_INSENSITIVE_ORDER);
		Comparator<CockpitRow> byDue = Comparator.comparing(CockpitRow::nextDue,
				Comparator.nullsLast(Comparator.naturalOrder()));
		Comparator<CockpitRow> comparator = switch (key) {
			case "name" -> byName;
			case "country" -> Comparator.comparing(CockpitRow::country).thenComparing(byName);
			case "due" -> byDue.thenComparing(byName);
			case "completeness" -> Comparator.comparingInt(CockpitRow::completeness).thenComparing(byName);
			case "activity" ->
				Comparator.comparing(CockpitRow::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder()))
					.thenComparing(byName);
			// Risk: the highest first, then the nearest deadline.
			default -> Comparator.comparing(CockpitRow::risk).reversed().thenComparing(byDue).thenComparing(byName);
		};
		return descending ? comparator.reversed() : comparator;
	}

}
