package eu.mayorsinaction.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanNotFound;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanTargetUnavailable;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.InventoryBaseline;
import eu.mayorsinaction.inventory.InventoryBaselines;
import eu.mayorsinaction.inventory.InventoryNotFound;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.monitoring.calculation.ReportCheck;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monitoring reports and their workflow: draft → submitted to the coordinator → returned
 * with comments or approved → recorded as submitted to the Covenant (with the date). The
 * municipality (anyone who may edit the signatory) drafts and submits; only its
 * coordinator — staff of an organisation that supports it now — or the platform admin
 * returns or approves. A signatory without a supporting organisation records its
 * submission to the Covenant directly. Submitting runs the pre-submission check
 * ({@link ReportCheck}) and freezes the plan's actions into the report. Every step checks
 * the version read (optimistic locking) and is audited.
 */
@Service
@Transactional
public class MonitoringReports {

	static final String REPORT = "MONITORING_REPORT";

	private final ReportStore store;

	private final OrganisationManagement organisations;

	private final ActionPlanManagement plans;

	private final InventoryBaselines inventories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonitoringReports(ReportStore store, OrganisationManagement organisations, ActionPlanManagement plans,
			InventoryBaselines inventories, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.organisations = organisations;
		this.plans = plans;
		this.inventories = inventories;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public List<ReportView> reports(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		return this.store.reports(signatory.value());
	}

	@Transactional(readOnly = true)
	public ReportView report(Actor actor, SignatoryId signatory, long id) {
		this.organisations.getSignatory(actor, signatory);
		return stored(signatory, id);
	}

	/** Whether the person is the signatory's coordinator (may return or approve). */
	@Transactional(readOnly = true)
	public boolean isCoordinator(Actor actor, SignatoryId signatory) {
		if (actor.platformAdmin()) {
			return true;
		}
		return activeSupporters(actor, signatory).stream()
			.anyMatch((support) -> actor.memberOrganisationIds().contains(support.organisationId()));
	}

	/** Whether an organisation supports the signatory now (else it reports directly). */
	@Transactional(readOnly = true)
	public boolean hasCoordinator(Actor actor, SignatoryId signatory) {
		return !activeSupporters(actor, signatory).isEmpty();
	}

	public ReportView create(Actor actor, SignatoryId signatory, ReportData data) {
		SignatoryView view = editable(actor, signatory);
		checkData(actor, signatory, data);
		long id = this.store.insert(signatory.value(), data, this.clock.instant());
		ReportView created = stored(signatory, id);
		this.events.publishEvent(
				Audited.created(actor, REPORT, id, label(created, view), signatory.value(), null, snapshot(created)));
		return created;
	}

	/**
	 * Changes a draft or returned report.
	 * @throws EditConflict if the version read is not the stored one
	 */
	public ReportView update(Actor actor, SignatoryId signatory, long id, ReportData data) {
		SignatoryView view = editable(actor, signatory);
		ReportView before = stored(signatory, id);
		requireStatus(before, ReportStatus.DRAFT, ReportStatus.RETURNED);
		checkData(actor, signatory, data);
		if (data.version() == null || data.version() != before.version()
				|| !this.store.update(signatory.value(), id, data.version(), data, this.clock.instant())) {
			throw new EditConflict();
		}
		ReportView after = stored(signatory, id);
		this.events.publishEvent(Audited.updated(actor, REPORT, id, label(after, view), signatory.value(), null,
				snapshot(before), snapshot(after)));
		return after;
	}

	/** Deletes a report that is still a draft. */
	public void delete(Actor actor, SignatoryId signatory, long id) {
		SignatoryView view = editable(actor, signatory);
		ReportView before = stored(signatory, id);
		requireStatus(before, ReportStatus.DRAFT);
		this.store.delete(signatory.value(), id);
		this.events.publishEvent(new Audited(actor, "DELETE", REPORT, id, label(before, view), signatory.value(), null,
				snapshot(before), Map.of(), null));
	}

	/** The pre-submission check on the report's current data. */
	@Transactional(readOnly = true)
	public ReportCheckView check(Actor actor, SignatoryId signatory, long id) {
		this.organisations.getSignatory(actor, signatory);
		ReportView report = stored(signatory, id);
		List<ReportCheck.Item> items = ReportCheck.check(facts(actor, signatory, report));
		return new ReportCheckView(id, ReportCheck.passed(items), items);
	}

	/**
	 * Submits a draft or returned report to the coordinator: the check must pass; the
	 * plan's actions are frozen into the report.
	 */
	public ReportView submit(Actor actor, SignatoryId signatory, long id, Integer version) {
		SignatoryView view = editable(actor, signatory);
		ReportView before = stored(signatory, id);
		requireStatus(before, ReportStatus.DRAFT, ReportStatus.RETURNED);
		if (activeSupporters(actor, signatory).isEmpty()) {
			throw new ReportTransitionNotAllowed("noCoordinator", 409);
		}
		List<ReportCheck.Item> items = ReportCheck.check(facts(actor, signatory, before));
		if (!ReportCheck.passed(items)) {
			throw new ReportCheckFailed(items.stream().filter((item) -> !item.passed()).toList());
		}
		return move(actor, signatory, view, before, version, ReportStatus.SUBMITTED_TO_COORDINATOR, null, null,
				frozenActions(actor, signatory, before));
	}

	/**
	 * The coordinator returns a submitted report with a comment (required) or approves it
	 * (comment optional). The municipality itself may not.
	 */
	public ReportView decide(Actor actor, SignatoryId signatory, long id, Integer version, boolean approve,
			String comment) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		ReportView before = stored(signatory, id);
		if (!isCoordinator(actor, signatory)) {
			throw new ReportTransitionNotAllowed("onlyCoordinator", 403);
		}
		requireStatus(before, ReportStatus.SUBMITTED_TO_COORDINATOR);
		String text = (comment != null && !comment.isBlank()) ? comment.trim() : null;
		if (!approve && text == null) {
			throw new InvalidInput("comment", "monitoring.error.commentRequired");
		}
		if (text != null && text.length() > 4000) {
			throw new InvalidInput("comment", "monitoring.error.tooLong", "4000");
		}
		return move(actor, signatory, view, before, version, approve ? ReportStatus.APPROVED : ReportStatus.RETURNED,
				text, null, null);
	}

	/**
	 * Records that an approved report was submitted to the Covenant on a date (not in the
	 * future). A signatory without a coordinator records it from a draft or returned
	 * report, after the check.
	 */
	public ReportView recordCovenantSubmission(Actor actor, SignatoryId signatory, long id, Integer version,
			LocalDate date) {
		SignatoryView view = editable(actor, signatory);
		ReportView before = stored(signatory, id);
		if (date == null) {
			throw new InvalidInput("date", "monitoring.error.required");
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new InvalidInput("date", "monitoring.error.dateInFuture");
		}
		List<ReportView.ReportedAction> frozen = null;
		if (before.status() != ReportStatus.APPROVED) {
			requireStatus(before, ReportStatus.DRAFT, ReportStatus.RETURNED);
			if (!activeSupporters(actor, signatory).isEmpty()) {
				throw new ReportTransitionNotAllowed("approvalFirst", 409);
			}
			List<ReportCheck.Item> items = ReportCheck.check(facts(actor, signatory, before));
			if (!ReportCheck.passed(items)) {
				throw new ReportCheckFailed(items.stream().filter((item) -> !item.passed()).toList());
			}
			frozen = frozenActions(actor, signatory, before);
		}
		return move(actor, signatory, view, before, version, ReportStatus.SUBMITTED_TO_COVENANT, null, date, frozen);
	}

	/**
	 * The dates reports and MEIs (Full Reports) of a commitment's cycle reached the
	 * Covenant.
	 */
	@Transactional(readOnly = true)
	List<ReportView> submittedToCovenant(SignatoryId signatory) {
		return this.store.reports(signatory.value())
			.stream()
			.filter((r) -> r.status() == ReportStatus.SUBMITTED_TO_COVENANT && r.covenantSubmissionDate() != null)
			.toList();
	}

	private ReportView move(Actor actor, SignatoryId signatory, SignatoryView view, ReportView before, Integer version,
			ReportStatus status, String comment, LocalDate date, List<ReportView.ReportedAction> actions) {
		if (version == null || version != before.version() || !this.store.transition(signatory.value(), before.id(),
				version, status, comment, date, actions, this.clock.instant())) {
			throw new EditConflict();
		}
		ReportView after = stored(signatory, before.id());
		this.events.publishEvent(Audited.updated(actor, REPORT, after.id(), label(after, view), signatory.value(), null,
				snapshot(before), snapshot(after)));
		this.events.publishEvent(new ReportStatusChanged(signatory.value(), after.id(), before.status(), after.status(),
				actor.userId()));
		return after;
	}

	private ReportCheck.Facts facts(Actor actor, SignatoryId signatory, ReportView report) {
		List<CommitmentView> commitments = this.organisations.commitments(actor, signatory);
		Optional<CommitmentView> commitment = (report.commitmentId() != null)
				? commitments.stream().filter((c) -> c.id() == report.commitmentId()).findFirst()
				: commitments.stream().filter(CommitmentView::current).findFirst();
		Double targetPercent = commitment.map((c) -> c.targetPercent().doubleValue()).orElse(null);
		Integer minimum = commitment.map((c) -> c.framework().minimumTargetPercent()).orElse(null);
		if (report.planId() == null) {
			return new ReportCheck.Facts(false, false, targetPercent, minimum, null, null, 0, 0, 0,
					report.type() == ReportType.FULL_REPORT, false);
		}
		PlanView plan;
		try {
			plan = this.plans.plan(actor, signatory, report.planId());
		}
		catch (PlanNotFound ex) {
			return new ReportCheck.Facts(false, false, targetPercent, minimum, null, null, 0, 0, 0,
					report.type() == ReportType.FULL_REPORT, false);
		}
		boolean approved = plan.approvalDate() != null && plan.status() != PlanStatus.DRAFT;
		Integer beiSectors = null;
		InventoryBaseline bei = null;
		if (plan.beiInventoryId() != null) {
			try {
				bei = this.inventories.baseline(actor, signatory, plan.beiInventoryId());
				beiSectors = this.inventories.keySectorsCovered(actor, signatory, plan.beiInventoryId());
			}
			catch (InventoryNotFound ex) {
				bei = null;
			}
		}
		Integer actionSectors;
		try {
			actionSectors = this.plans.target(actor, signatory, plan.id(), null).keySectorsCovered().size();
		}
		catch (PlanTargetUnavailable ex) {
			actionSectors = null;
		}
		List<ActionView> actions = this.plans.actions(actor, signatory, plan.id(), null, null);
		int benchmarks = (int) actions.stream().filter(ActionView::benchmarkOfExcellence).count();
		int withoutCost = (int) actions.stream()
			.filter((a) -> a.status() == ActionStatus.COMPLETED && a.actualCostEur() == null)
			.count();
		boolean meiReady = false;
		if (report.meiInventoryId() != null) {
			try {
				InventoryBaseline mei = this.inventories.baseline(actor, signatory, report.meiInventoryId());
				meiReady = mei.type() == InventoryType.MEI && mei.computed()
						&& (bei == null || mei.year() > bei.year());
			}
			catch (InventoryNotFound ex) {
				meiReady = false;
			}
		}
		return new ReportCheck.Facts(true, approved, targetPercent, minimum, beiSectors, actionSectors, actions.size(),
				benchmarks, withoutCost, report.type() == ReportType.FULL_REPORT, meiReady);
	}

	/**
	 * The report's actions: those frozen into it on submission; for a draft, the plan's
	 * actions as a submission would freeze them now.
	 */
	@Transactional(readOnly = true)
	public List<ReportView.ReportedAction> reportedActions(Actor actor, SignatoryId signatory, ReportView report) {
		if (report.status() != ReportStatus.DRAFT || !report.actions().isEmpty()) {
			return report.actions();
		}
		if (report.planId() == null) {
			return List.of();
		}
		try {
			return frozenActions(actor, signatory, report);
		}
		catch (PlanNotFound ex) {
			return List.of();
		}
	}

	/**
	 * The plan's actions as a report freezes them, each with its expected CO2 reduction
	 * as the plan page shows it: as entered, else computed from its savings with the
	 * BEI's factors (left empty when it cannot be computed).
	 */
	private List<ReportView.ReportedAction> frozenActions(Actor actor, SignatoryId signatory, ReportView report) {
		Map<Long, Double> reductions = this.plans.actionReductions(actor, signatory, report.planId());
		List<ReportView.ReportedAction> frozen = new ArrayList<>();
		for (ActionView action : this.plans.actions(actor, signatory, report.planId(), null, null)) {
			frozen.add(new ReportView.ReportedAction(action.id(), action.field().name(), action.title(),
					action.status().name(), action.estimatedCostEur(), action.actualCostEur(),
					toKilograms(reductions.getOrDefault(action.id(), action.co2Reduction())),
					action.benchmarkOfExcellence()));
		}
		return frozen;
	}

	/**
	 * A reduction in t CO2 rounded to 3 decimals (kg), so that the frozen figure is the
	 * one shown (100 MWh x 0.202 t/MWh is 20.2, not 20.200000000000003).
	 */
	private static Double toKilograms(Double tonnes) {
		return (tonnes == null) ? null
				: java.math.BigDecimal.valueOf(tonnes).setScale(3, java.math.RoundingMode.HALF_UP).doubleValue();
	}

	private void checkData(Actor actor, SignatoryId signatory, ReportData data) {
		List<FieldViolation> violations = new ArrayList<>();
		if (data.type() == null) {
			violations.add(new FieldViolation("type", "monitoring.error.required"));
		}
		if (data.title() == null || data.title().isBlank()) {
			violations.add(new FieldViolation("title", "monitoring.error.required"));
		}
		else if (data.title().length() > ReportData.TITLE_MAX) {
			violations
				.add(new FieldViolation("title", "monitoring.error.tooLong", String.valueOf(ReportData.TITLE_MAX)));
		}
		if (data.planId() == null) {
			violations.add(new FieldViolation("planId", "monitoring.error.required"));
		}
		else {
			try {
				this.plans.plan(actor, signatory, data.planId());
			}
			catch (PlanNotFound ex) {
				violations.add(new FieldViolation("planId", "monitoring.error.unknownPlan"));
			}
		}
		if (data.meiInventoryId() != null) {
			try {
				if (this.inventories.baseline(actor, signatory, data.meiInventoryId()).type() != InventoryType.MEI) {
					violations.add(new FieldViolation("meiInventoryId", "monitoring.error.notMei"));
				}
			}
			catch (InventoryNotFound ex) {
				violations.add(new FieldViolation("meiInventoryId", "monitoring.error.unknownInventory"));
			}
		}
		if (data.commitmentId() != null && this.organisations.commitments(actor, signatory)
			.stream()
			.noneMatch((c) -> c.id() == data.commitmentId())) {
			violations.add(new FieldViolation("commitmentId", "monitoring.error.unknownCommitment"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	private List<SupportView> activeSupporters(Actor actor, SignatoryId signatory) {
		return this.organisations.supportersOf(actor, signatory).stream().filter(SupportView::active).toList();
	}

	private static void requireStatus(ReportView report, ReportStatus... allowed) {
		if (!Set.of(allowed).contains(report.status())) {
			throw new ReportTransitionNotAllowed("fromStatus", 409, report.status().name());
		}
	}

	private SignatoryView editable(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return view;
	}

	private ReportView stored(SignatoryId signatory, long id) {
		return this.store.report(signatory.value(), id).orElseThrow(() -> new ReportNotFound(id));
	}

	private static String label(ReportView report, SignatoryView signatory) {
		return signatory.name() + " " + report.type() + " " + report.title();
	}

	private static Map<String, Object> snapshot(ReportView report) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("type", report.type().name());
		values.put("title", report.title());
		values.put("planId", report.planId());
		values.put("meiInventoryId", report.meiInventoryId());
		values.put("commitmentId", report.commitmentId());
		values.put("status", report.status().name());
		values.put("coordinatorComment", report.coordinatorComment());
		values.put("covenantSubmissionDate", java.util.Objects.toString(report.covenantSubmissionDate(), null));
		values.put("actions", report.actions().size());
		values.put("version", report.version());
		return values;
	}

}
