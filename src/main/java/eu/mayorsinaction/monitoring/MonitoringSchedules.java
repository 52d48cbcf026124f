package eu.mayorsinaction.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.mayorsinaction.actionplan.ActionPlanOverview;
import eu.mayorsinaction.monitoring.calculation.CovenantSchedule;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signatory's Covenant schedule, computed from its commitments, its plans' submissions
 * and its reports by {@link CovenantSchedule}, and the extensions of its deadlines. The
 * first commitment's cycle starts at adhesion, a renewal's at its council decision.
 * Access is the organisation module's decision, checked first: another tenant's signatory
 * answers 404; asking for an extension needs the right to edit the signatory (its
 * editors, its supporting organisations' staff — then marked "on behalf" — or the admin).
 */
@Service
@Transactional
public class MonitoringSchedules {

	static final String EXTENSION = "DEADLINE_EXTENSION";

	private final OrganisationManagement organisations;

	private final ExtensionStore extensions;

	private final ReportStore reports;

	private final ActionPlanOverview plans;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MonitoringSchedules(OrganisationManagement organisations, ExtensionStore extensions, ReportStore reports,
			ActionPlanOverview plans, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.plans = plans;
		this.organisations = organisations;
		this.extensions = extensions;
		this.reports = reports;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Transactional(readOnly = true)
	public ScheduleView schedule(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		return compute(actor, view, this.organisations.commitments(actor, signatory));
	}

	/**
	 * Records an extension of a deadline not met yet. The new date must be after the date
	 * in force.
	 * @throws InvalidInput naming the fields at fault; nothing is stored
	 */
	public ExtensionView extend(Actor actor, SignatoryId signatory, ExtensionData data) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		List<CommitmentView> commitments = this.organisations.commitments(actor, signatory);
		ScheduleView schedule = compute(actor, view, commitments);
		List<FieldViolation> violations = new ArrayList<>();
		if (data.commitmentId() == null || data.kind() == null || data.number() == null) {
			violations.add(new FieldViolation("deadline", "monitoring.error.required"));
		}
		if (data.newDate() == null) {
			violations.add(new FieldViolation("newDate", "monitoring.error.required"));
		}
		if (data.reason() == null || data.reason().isBlank()) {
			violations.add(new FieldViolation("reason", "monitoring.error.required"));
		}
		else if (data.reason().length() > ExtensionData.REASON_MAX) {
			violations.add(
					new FieldViolation("reason", "monitoring.error.tooLong", String.valueOf(ExtensionData.REASON_MAX)));
		}
		DeadlineView deadline = null;
		if (data.commitmentId() != null && data.kind() != null && data.number() != null) {
			deadline = schedule.deadlines()
				.stream()
				.filter((d) -> d.commitmentId() == data.commitmentId() && d.kind() == data.kind()
						&& d.number() == data.number())
				.findFirst()
				.orElse(null);
			if (deadline == null) {
				violations.add(new FieldViolation("deadline", "monitoring.error.unknownDeadline"));
			}
			else if (!deadline.open()) {
				violations.add(new FieldViolation("deadline", "monitoring.error.alreadyMet"));
			}
			else if (data.newDate() != null && !data.newDate().isAfter(deadline.dueDate())) {
				violations.add(new FieldViolation("newDate", "monitoring.error.extensionNotLater",
						deadline.dueDate().toString()));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		boolean onBehalf = !actor.platformAdmin() && !actor.editableSignatoryIds().contains(signatory.value());
		long id = this.extensions.insert(signatory.value(), data, deadline.originalDate(), actor.userId(), onBehalf,
				this.clock.instant());
		ExtensionView stored = this.extensions.extensions(signatory.value())
			.stream()
			.filter((e) -> e.id() == id)
			.findFirst()
			.orElseThrow();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("commitmentId", stored.commitmentId());
		after.put("kind", stored.kind().name());
		after.put("number", stored.number());
		after.put("originalDate", stored.originalDate().toString());
		after.put("previousDueDate", deadline.dueDate().toString());
		after.put("newDate", stored.newDate().toString());
		after.put("reason", stored.reason());
		after.put("onBehalf", stored.onBehalf());
		this.events.publishEvent(Audited.created(actor, EXTENSION, id, view.name() + " " + stored.kind(),
				signatory.value(), null, after));
		return stored;
	}

	/**
	 * Everything the schedules of these signatories are computed from, in four queries
	 * whatever their number (for overviews and the reminder job). Signatories the person
	 * may not see get no commitments, hence no deadlines.
	 */
	@Transactional(readOnly = true)
	ScheduleInputs inputs(Actor actor, List<Long> signatoryIds) {
		Map<Long, List<CommitmentView>> commitments = this.organisations.commitmentsOf(actor,
				signatoryIds.stream().map(SignatoryId::new).toList());
		List<Long> visible = List.copyOf(commitments.keySet());
		return new ScheduleInputs(commitments,
				this.reports.reportsOf(visible).stream().collect(Collectors.groupingBy(ReportView::signatoryId)),
				this.extensions.extensionsOf(visible)
					.stream()
					.collect(Collectors.groupingBy(ExtensionView::signatoryId)),
				this.plans.submissions(visible)
					.stream()
					.collect(Collectors.groupingBy(ActionPlanOverview.Submission::signatoryId)));
	}

	private ScheduleView compute(Actor actor, SignatoryView signatory, List<CommitmentView> commitments) {
		return compute(signatory, commitments, this.reports.reports(signatory.id()),
				this.extensions.extensions(signatory.id()), this.plans.submissions(List.of(signatory.id())),
				LocalDate.now(this.clock));
	}

	/**
	 * The schedule from data read before (the cockpit reads it for many signatories at
	 * once).
	 * @param commitments the signatory's commitments in any order
	 */
	static ScheduleView compute(SignatoryView signatory, List<CommitmentView> commitments, List<ReportView> reports,
			List<ExtensionView> granted, List<ActionPlanOverview.Submission> submissions, LocalDate today) {
		List<CommitmentView> oldestFirst = commitments.stream()
			.sorted(Comparator.comparing(CommitmentView::councilDecisionDate).thenComparing(CommitmentView::id))
			.toList();
		Map<Long, CycleFacts.Facts> happened = CycleFacts.of(oldestFirst, reports, submissions);
		Map<String, CommitmentView> byName = new LinkedHashMap<>();
		List<CovenantSchedule.Cycle> cycles = new ArrayList<>();
		for (int i = 0; i < oldestFirst.size(); i++) {
			CommitmentView commitment = oldestFirst.get(i);
			LocalDate start = (i == 0 && signatory.adhesionDate() != null) ? signatory.adhesionDate()
					: commitment.councilDecisionDate();
			String name = String.valueOf(commitment.id());
			byName.put(name, commitment);
			CycleFacts.Facts facts = happened.get(commitment.id());
			cycles.add(new CovenantSchedule.Cycle(name, start, commitment.framework().yearsToSubmitPlan(),
					commitment.targetYear(), facts.planSubmitted(), facts.reports(), facts.meis()));
		}
		List<CovenantSchedule.Extension> extensions = granted.stream()
			.map((e) -> new CovenantSchedule.Extension(String.valueOf(e.commitmentId()),
					CovenantSchedule.Kind.valueOf(e.kind().name()), e.number(), e.newDate()))
			.toList();
		List<DeadlineView> deadlines = CovenantSchedule.deadlines(cycles, extensions, today)
			.stream()
			.map((d) -> view(d, byName.get(d.cycle()), today))
			.toList();
		// The latest overdue deadline is the one to act on (the Covenant looks at the
		// missing report of the last period); without one, the earliest open deadline.
		List<DeadlineView> overdue = deadlines.stream().filter((d) -> overdue(d, deadlines)).toList();
		DeadlineView next = !overdue.isEmpty() ? overdue.get(overdue.size() - 1)
				: deadlines.stream().filter((d) -> d.state() == DeadlineState.OPEN).findFirst().orElse(null);
		return new ScheduleView(signatory.id(), today, deadlines, next, granted);
	}

	/**
	 * Missed and not answered since: no later deadline of its kind in its cycle was met
	 * (a missed 2013 report stops counting once the 2015 one is sent).
	 */
	static boolean overdue(DeadlineView deadline, List<DeadlineView> all) {
		return deadline.state() == DeadlineState.MISSED && all.stream()
			.noneMatch((later) -> later.commitmentId() == deadline.commitmentId() && later.kind() == deadline.kind()
					&& later.number() > deadline.number() && later.state() == DeadlineState.MET);
	}

	private static DeadlineView view(CovenantSchedule.Deadline deadline, CommitmentView commitment, LocalDate today) {
		Objects.requireNonNull(commitment, "commitment of " + deadline.cycle());
		return new DeadlineView(commitment.id(), commitment.framework(), DeadlineKind.valueOf(deadline.kind().name()),
				deadline.number(), deadline.originalDate(), deadline.dueDate(), deadline.metOn(),
				DeadlineState.valueOf(deadline.state().name()), ChronoUnit.DAYS.between(today, deadline.dueDate()),
				deadline.extended());
	}

}
