package eu.mayorsinaction.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.mayorsinaction.actionplan.PlanComparison.ActionChange;
import eu.mayorsinaction.actionplan.PlanComparison.FieldChange;
import eu.mayorsinaction.actionplan.PlanComparison.Side;
import eu.mayorsinaction.actionplan.PlanVersionStore.StoredSnapshot;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;
import eu.mayorsinaction.user.UserManagement;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting a plan to the Covenant: the current edition is frozen as an immutable
 * snapshot (JSON text); the first change afterwards makes the living plan the next
 * edition (see {@link PlanVersionStore#beforeChange}); two editions, or an edition and
 * the living plan, can be compared. Access as in {@link ActionPlanManagement}: another
 * tenant's signatory 404, a viewer 403 on a change.
 */
@Service
@Transactional
public class PlanVersions {

	static final String SNAPSHOT = "ACTION_PLAN_SNAPSHOT";

	/** The value of {@code to} (or {@code from}) that means the living plan. */
	public static final String CURRENT = "current";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final PlanVersionStore store;

	private final ActionPlanManagement plans;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanVersions(PlanVersionStore store, ActionPlanManagement plans, OrganisationManagement organisations,
			UserManagement users, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.plans = plans;
		this.organisations = organisations;
		this.users = users;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Submits the plan's current edition to the Covenant: sets the status
	 * {@code SUBMITTED_TO_COVENANT} and freezes the plan, its actions and its target
	 * figures.
	 * @param version the plan version read
	 * @throws InvalidInput without a submission date, with one in the future or before
	 * the council approval, or when the plan has no council approval date
	 * @throws EditionAlreadySubmitted when this edition was submitted already
	 * @throws EditConflict if the version read is not the stored one
	 */
	public PlanVersionView submit(Actor actor, SignatoryId signatory, long planId, LocalDate submittedOn,
			Integer version) {
		SignatoryView view = editable(actor, signatory);
		PlanView plan = this.plans.plan(actor, signatory, planId);
		List<FieldViolation> violations = new ArrayList<>();
		if (plan.approvalDate() == null) {
			violations.add(new FieldViolation("approvalDate", "planversions.error.noApproval"));
		}
		if (submittedOn == null) {
			violations.add(new FieldViolation("submittedOn", "planversions.error.required"));
		}
		else if (submittedOn.isAfter(LocalDate.now(this.clock))) {
			violations.add(new FieldViolation("submittedOn", "planversions.error.future"));
		}
		else if (plan.approvalDate() != null && submittedOn.isBefore(plan.approvalDate())) {
			violations.add(new FieldViolation("submittedOn", "planversions.error.beforeApproval"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		int edition = edition(signatory, planId);
		if (this.store.snapshot(signatory.value(), planId, edition).isPresent()) {
			throw new EditionAlreadySubmitted(edition);
		}
		if (version == null || version != plan.version()
				|| !this.store.markSubmitted(signatory.value(), planId, version, this.clock.instant())) {
			throw new EditConflict();
		}
		String content = JSON.writeValueAsString(living(actor, signatory, planId));
		String name = (actor.userId() != null) ? this.users.me(actor).displayName() : null;
		long id = this.store.insertSnapshot(signatory.value(), planId, edition, submittedOn, this.clock.instant(),
				actor.userId(), name, content);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("planId", planId);
		values.put("edition", edition);
		values.put("submittedOn", submittedOn.toString());
		this.events.publishEvent(Audited.created(actor, SNAPSHOT, id,
				view.name() + " " + plan.kind() + " " + plan.title() + " #" + edition, signatory.value(), null,
				values));
		return version(actor, signatory, planId, edition);
	}

	/** The submitted editions of the plan, oldest first. */
	@Transactional(readOnly = true)
	public List<PlanVersionSummary> versions(Actor actor, SignatoryId signatory, long planId) {
		this.plans.plan(actor, signatory, planId);
		return this.store.snapshots(signatory.value(), planId).stream().map(PlanVersions::summary).toList();
	}

	/** One submitted edition with its frozen content. */
	@Transactional(readOnly = true)
	public PlanVersionView version(Actor actor, SignatoryId signatory, long planId, int edition) {
		this.plans.plan(actor, signatory, planId);
		StoredSnapshot stored = stored(signatory, planId, edition);
		return new PlanVersionView(stored.id(), stored.planId(), stored.signatoryId(), stored.edition(),
				stored.submittedOn(), stored.submittedAt(), stored.submittedByUserId(), stored.submittedBy(),
				content(stored));
	}

	/**
	 * The stored JSON text of a submitted edition, exactly as written at submission.
	 */
	@Transactional(readOnly = true)
	public String frozenText(Actor actor, SignatoryId signatory, long planId, int edition) {
		this.plans.plan(actor, signatory, planId);
		return stored(signatory, planId, edition).content();
	}

	/**
	 * Any change to a submitted edition is refused: checked like a change (404, 403, 404
	 * for an unknown edition), then always {@link PlanVersionFrozen}.
	 */
	@Transactional(readOnly = true)
	public void refuseChange(Actor actor, SignatoryId signatory, long planId, int edition) {
		editable(actor, signatory);
		this.plans.plan(actor, signatory, planId);
		stored(signatory, planId, edition);
		throw new PlanVersionFrozen(edition);
	}

	/** Edition, status and last submission of the plan, for the plan page. */
	@Transactional(readOnly = true)
	public PlanVersionPanel panel(Actor actor, SignatoryId signatory, long planId) {
		PlanView plan = this.plans.plan(actor, signatory, planId);
		List<PlanVersionSummary> versions = this.store.snapshots(signatory.value(), planId)
			.stream()
			.map(PlanVersions::summary)
			.toList();
		int edition = edition(signatory, planId);
		PlanVersionSummary last = versions.isEmpty() ? null : versions.get(versions.size() - 1);
		return new PlanVersionPanel(signatory.value(), planId, edition, plan.status(), last,
				last != null && edition > last.edition(), versions.size(),
				this.organisations.canEditSignatory(actor, signatory));
	}

	/**
	 * Two editions side by side.
	 * @param from an edition number or {@value #CURRENT}
	 * @param to an edition number or {@value #CURRENT}
	 * @throws InvalidInput naming {@code from} or {@code to} when it is not a submitted
	 * edition of the plan
	 */
	@Transactional(readOnly = true)
	public PlanComparison compare(Actor actor, SignatoryId signatory, long planId, String from, String to) {
		this.plans.plan(actor, signatory, planId);
		List<FieldViolation> violations = new ArrayList<>();
		Side left = side(actor, signatory, planId, "from", from, violations);
		Side right = side(actor, signatory, planId, "to", to, violations);
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		PlanSnapshot a = left.content();
		PlanSnapshot b = right.content();
		List<FieldChange> planChanges = new ArrayList<>();
		diff(planChanges, planFields(a.plan()), planFields(b.plan()));
		Map<Long, ActionView> before = new LinkedHashMap<>();
		a.actions().forEach((action) -> before.put(action.id(), action));
		Map<Long, ActionView> after = new LinkedHashMap<>();
		b.actions().forEach((action) -> after.put(action.id(), action));
		List<ActionView> added = b.actions().stream().filter((action) -> !before.containsKey(action.id())).toList();
		List<ActionView> removed = a.actions().stream().filter((action) -> !after.containsKey(action.id())).toList();
		List<ActionChange> changed = new ArrayList<>();
		for (ActionView old : a.actions()) {
			ActionView now = after.get(old.id());
			if (now != null) {
				List<FieldChange> changes = new ArrayList<>();
				diff(changes, actionFields(old), actionFields(now));
				if (!changes.isEmpty()) {
					changed.add(new ActionChange(old.id(), now.title(), changes));
				}
			}
		}
		return new PlanComparison(left, right, planChanges, added, removed, changed);
	}

	private Side side(Actor actor, SignatoryId signatory, long planId, String field, String value,
			List<FieldViolation> violations) {
		if (value == null || value.isBlank() || CURRENT.equalsIgnoreCase(value.trim())) {
			if (value == null || value.isBlank()) {
				violations.add(new FieldViolation(field, "planversions.error.required"));
				return null;
			}
			return new Side(edition(signatory, planId), true, null, living(actor, signatory, planId));
		}
		try {
			int edition = Integer.parseInt(value.trim());
			Optional<StoredSnapshot> stored = this.store.snapshot(signatory.value(), planId, edition);
			if (stored.isPresent()) {
				return new Side(edition, false, summary(stored.get()), content(stored.get()));
			}
		}
		catch (NumberFormatException ex) {
			// named below
		}
		violations.add(new FieldViolation(field, "planversions.error.unknownEdition", value));
		return null;
	}

	private PlanSnapshot living(Actor actor, SignatoryId signatory, long planId) {
		PlanView plan = this.plans.plan(actor, signatory, planId);
		List<ActionView> actions = this.plans.actions(actor, signatory, planId, null, null);
		try {
			return new PlanSnapshot(plan, actions, this.plans.target(actor, signatory, planId, null), null, null);
		}
		catch (PlanTargetUnavailable ex) {
			return new PlanSnapshot(plan, actions, null, ex.code(),
					java.util.Arrays.stream(ex.arguments()).map(String::valueOf).toList());
		}
	}

	private int edition(SignatoryId signatory, long planId) {
		return this.store.edition(signatory.value(), planId).orElseThrow(() -> new PlanNotFound(planId));
	}

	private StoredSnapshot stored(SignatoryId signatory, long planId, int edition) {
		return this.store.snapshot(signatory.value(), planId, edition)
			.orElseThrow(() -> new PlanVersionNotFound(edition));
	}

	private SignatoryView editable(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return view;
	}

	private static PlanSnapshot content(StoredSnapshot stored) {
		return JSON.readValue(stored.content(), PlanSnapshot.class);
	}

	private static PlanVersionSummary summary(StoredSnapshot stored) {
		PlanSnapshot content = content(stored);
		int count = 0;
		double savings = 0;
		double renewable = 0;
		double cost = 0;
		for (ActionView action : content.actions()) {
			if (action.status() == ActionStatus.CANCELLED) {
				continue;
			}
			count++;
			savings += action.savings().values().stream().mapToDouble(Double::doubleValue).sum();
			renewable += (action.renewableMwh() != null) ? action.renewableMwh() : 0;
			cost += (action.estimatedCostEur() != null) ? action.estimatedCostEur() : 0;
		}
		Double expected = (content.target() != null) ? content.target().expectedReduction() : null;
		return new PlanVersionSummary(stored.edition(), stored.submittedOn(), stored.submittedAt(),
				stored.submittedBy(), count, savings, renewable, cost, expected);
	}

	/** Both maps have the same keys in the same order (absent values are null). */
	private static void diff(List<FieldChange> changes, Map<String, Object> before, Map<String, Object> after) {
		before.forEach((key, old) -> {
			Object now = after.get(key);
			if (!Objects.equals(old, now)) {
				changes.add(new FieldChange(key, old, now));
			}
		});
	}

	private static Map<String, Object> planFields(PlanView plan) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", plan.kind().name());
		fields.put("title", plan.title());
		fields.put("commitmentId", plan.commitmentId());
		fields.put("approvalDate", plan.approvalDate());
		fields.put("approvingBody", plan.approvingBody());
		fields.put("beiInventoryId", plan.beiInventoryId());
		fields.put("status", plan.status().name());
		return fields;
	}

	private static Map<String, Object> actionFields(ActionView action) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("field", action.field().name());
		fields.put("title", action.title());
		fields.put("keyMeasure", action.keyMeasure());
		fields.put("responsible", action.responsible());
		fields.put("startDate", action.startDate());
		fields.put("endDate", action.endDate());
		fields.put("status", action.status().name());
		fields.put("estimatedCostEur", action.estimatedCostEur());
		fields.put("actualCostEur", action.actualCostEur());
		for (Carrier carrier : Carrier.values()) {
			fields.put("savings." + carrier.name(), action.savings().get(carrier));
		}
		fields.put("renewableMwh", action.renewableMwh());
		fields.put("co2Reduction", action.co2Reduction());
		fields.put("benchmarkOfExcellence", action.benchmarkOfExcellence());
		return fields;
	}

}
