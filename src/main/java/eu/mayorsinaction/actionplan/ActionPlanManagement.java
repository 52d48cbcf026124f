package eu.mayorsinaction.actionplan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.actionplan.calculation.PlanTarget;
import eu.mayorsinaction.inventory.InventoryBaseline;
import eu.mayorsinaction.inventory.InventoryBaselines;
import eu.mayorsinaction.inventory.InventoryNotFound;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action-plan module's service: a signatory's plans (SEAP/SECAP) and their actions,
 * and a plan measured against its target. Access is the organisation module's decision,
 * checked before anything else: a signatory the person may not see answers 404, a person
 * who may see but not edit it gets 403 on a change. Bad input stores nothing and names
 * the fields.
 */
@Service
@Transactional
public class ActionPlanManagement {

	static final String PLAN = "ACTION_PLAN";

	static final String ACTION = "PLAN_ACTION";

	private final ActionPlanStore store;

	private final OrganisationManagement organisations;

	private final InventoryBaselines baselines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final PlanVersionStore versions;

	private ActionDetails details;

	private List<PlanReferences> references = List.of();

	ActionPlanManagement(ActionPlanStore store, OrganisationManagement organisations, InventoryBaselines baselines,
			ApplicationEventPublisher events, Optional<Clock> clock, PlanVersionStore versions) {
		this.store = store;
		this.organisations = organisations;
		this.baselines = baselines;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
		this.versions = versions;
	}

	/**
	 * Who else names a plan (the monitoring reports); none in a test without that module.
	 */
	@org.springframework.beans.factory.annotation.Autowired(required = false)
	void references(List<PlanReferences> references) {
		this.references = List.copyOf(references);
	}

	private DeletionScope planScope(SignatoryId signatory, long planId) {
		DeletionScope scope = this.store.deletionScope(signatory.value(), planId, null);
		int reports = this.references.stream()
			.mapToInt((r) -> r.monitoringReportsNaming(signatory.value(), planId))
			.sum();
		return new DeletionScope(scope.actions(), scope.stakeholders(), scope.milestones(), scope.budgetLines(),
				scope.indicators(), scope.indicatorValues(), scope.evidenceFiles(), scope.evidenceBytes(),
				scope.comments(), scope.submittedEditions(), scope.lastSubmittedEdition(), reports);
	}

	/** The checks of an action's policy instrument, origin and responsible user. */
	@org.springframework.beans.factory.annotation.Autowired
	void details(ActionDetails details) {
		this.details = details;
	}

	// Plans

	@Transactional(readOnly = true)
	public List<PlanView> plans(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		return this.store.plans(signatory.value());
	}

	@Transactional(readOnly = true)
	public PlanView plan(Actor actor, SignatoryId signatory, long id) {
		this.organisations.getSignatory(actor, signatory);
		return storedPlan(signatory, id);
	}

	public PlanView createPlan(Actor actor, SignatoryId signatory, PlanData data) {
		SignatoryView view = editable(actor, signatory);
		checkPlan(actor, signatory, data);
		long id = this.store.insertPlan(signatory.value(), data, this.clock.instant());
		PlanView created = storedPlan(signatory, id);
		this.events.publishEvent(
				Audited.created(actor, PLAN, id, label(created, view), signatory.value(), null, snapshot(created)));
		return created;
	}

	/**
	 * @throws EditConflict if the version read is not the stored one
	 */
	public PlanView updatePlan(Actor actor, SignatoryId signatory, long id, PlanData data) {
		SignatoryView view = editable(actor, signatory);
		PlanView before = storedPlan(signatory, id);
		checkPlan(actor, signatory, data);
		if (data.version() == null || data.version() != before.version()
				|| !this.store.updatePlan(signatory.value(), id, data.version(), data, this.clock.instant())) {
			throw new EditConflict();
		}
		PlanView after = storedPlan(signatory, id);
		if (!content(snapshot(before)).equals(content(snapshot(after)))) {
			// A new edition when the plan's content changes; the Covenant's verdict in
			// the
			// status (accepted, revision requested) is not an edit of the submitted plan.
			this.versions.beforeChange(signatory.value(), id);
			after = storedPlan(signatory, id);
		}
		this.events.publishEvent(Audited.updated(actor, PLAN, id, label(after, view), signatory.value(), null,
				snapshot(before), snapshot(after)));
		return after;
	}

	/**
	 * Deletes a plan with its actions.
	 * @throws PlanHasSubmittedEdition when an edition of the plan was submitted to the
	 * Covenant
	 */
	public void deletePlan(Actor actor, SignatoryId signatory, long id) {
		deletePlan(actor, signatory, id, null);
	}

	/**
	 * Deletes a plan with its actions and their details (see {@link DeletionScope});
	 * monitoring reports that name the plan are kept and no longer name it.
	 * @param versionRead the plan version the person read; {@code null}: not checked
	 * @throws PlanHasSubmittedEdition when an edition of the plan was submitted to the
	 * Covenant: the submitted edition is the record of what was sent
	 * @throws EditConflict if the version read is not the stored one
	 */
	public void deletePlan(Actor actor, SignatoryId signatory, long id, Integer versionRead) {
		SignatoryView view = editable(actor, signatory);
		PlanView before = storedPlan(signatory, id);
		int submitted = this.versions.lastSubmittedEdition(signatory.value(), id);
		if (submitted > 0) {
			throw new PlanHasSubmittedEdition(submitted);
		}
		if ((versionRead != null && versionRead != before.version())
				|| !this.store.deletePlan(signatory.value(), id, before.version())) {
			throw new EditConflict();
		}
		this.events.publishEvent(new Audited(actor, "DELETE", PLAN, id, label(before, view), signatory.value(), null,
				snapshot(before), Map.of(), null));
	}

	/**
	 * What goes with the plan when it is deleted, for the person who may delete it.
	 */
	@Transactional(readOnly = true)
	public DeletionScope planDeletion(Actor actor, SignatoryId signatory, long id) {
		editable(actor, signatory);
		storedPlan(signatory, id);
		return planScope(signatory, id);
	}

	// Actions

	/** The signatory's actions, optionally of one plan, field of action and status. */
	@Transactional(readOnly = true)
	public List<ActionView> actions(Actor actor, SignatoryId signatory, Long planId, FieldOfAction field,
			ActionStatus status) {
		this.organisations.getSignatory(actor, signatory);
		return this.store.actions(signatory.value(), planId, field, status);
	}

	@Transactional(readOnly = true)
	public ActionView action(Actor actor, SignatoryId signatory, long id) {
		this.organisations.getSignatory(actor, signatory);
		return storedAction(signatory, id);
	}

	public ActionView createAction(Actor actor, SignatoryId signatory, ActionData data) {
		SignatoryView view = editable(actor, signatory);
		FieldOfAction field = checkAction(signatory, data, null);
		this.versions.beforeChange(signatory.value(), data.planId());
		long id = this.store.insertAction(signatory.value(), data, field, this.clock.instant());
		ActionView created = storedAction(signatory, id);
		this.events.publishEvent(
				Audited.created(actor, ACTION, id, label(created, view), signatory.value(), null, snapshot(created)));
		return created;
	}

	/**
	 * @throws EditConflict if the version read is not the stored one
	 */
	public ActionView updateAction(Actor actor, SignatoryId signatory, long id, ActionData data) {
		SignatoryView view = editable(actor, signatory);
		ActionView before = storedAction(signatory, id);
		FieldOfAction field = checkAction(signatory, data, before);
		if (data.version() == null || data.version() != before.version()
				|| !this.store.updateAction(signatory.value(), id, data.version(), data, field, this.clock.instant())) {
			throw new EditConflict();
		}
		this.versions.beforeChange(signatory.value(), before.planId(), data.planId());
		ActionView after = storedAction(signatory, id);
		this.events.publishEvent(Audited.updated(actor, ACTION, id, label(after, view), signatory.value(), null,
				snapshot(before), snapshot(after)));
		return after;
	}

	public void deleteAction(Actor actor, SignatoryId signatory, long id) {
		deleteAction(actor, signatory, id, null);
	}

	/**
	 * Deletes an action with its details (see {@link DeletionScope}). A submitted edition
	 * of its plan keeps the action as submitted; the plan moves to its next edition.
	 * @param versionRead the action version the person read; {@code null}: not checked
	 * @throws EditConflict if the version read is not the stored one
	 */
	public void deleteAction(Actor actor, SignatoryId signatory, long id, Integer versionRead) {
		SignatoryView view = editable(actor, signatory);
		ActionView before = storedAction(signatory, id);
		if (versionRead != null && versionRead != before.version()) {
			throw new EditConflict();
		}
		this.versions.beforeChange(signatory.value(), before.planId());
		if (!this.store.deleteAction(signatory.value(), id, before.version())) {
			// changed between the read and the write: the transaction rolls back
			throw new EditConflict();
		}
		this.events.publishEvent(new Audited(actor, "DELETE", ACTION, id, label(before, view), signatory.value(), null,
				snapshot(before), Map.of(), null));
	}

	/**
	 * What goes with the action when it is deleted, for the person who may delete it.
	 */
	@Transactional(readOnly = true)
	public DeletionScope actionDeletion(Actor actor, SignatoryId signatory, long id) {
		editable(actor, signatory);
		ActionView action = storedAction(signatory, id);
		return this.store.deletionScope(signatory.value(), action.planId(), id);
	}

	/**
	 * Sets the status of several actions at once, all or nothing: when any action's
	 * stored version is not the one read (or the action is gone), nothing changes and
	 * {@link ActionsChangedMeanwhile} names them. Each change is audited.
	 * @param versionsRead the actions by id with the version read
	 */
	public List<ActionView> updateStatuses(Actor actor, SignatoryId signatory, Map<Long, Integer> versionsRead,
			ActionStatus status) {
		SignatoryView view = editable(actor, signatory);
		List<FieldViolation> violations = new ArrayList<>();
		if (status == null) {
			violations.add(new FieldViolation("status", "actionplan.error.required"));
		}
		if (versionsRead == null || versionsRead.isEmpty()) {
			violations.add(new FieldViolation("actions", "actionplan.error.required"));
		}
		PlanData.throwIfAny(violations);
		List<ActionView> before = new ArrayList<>();
		List<ActionView> changed = new ArrayList<>();
		List<Long> missing = new ArrayList<>();
		for (Map.Entry<Long, Integer> read : new java.util.TreeMap<>(versionsRead).entrySet()) {
			Optional<ActionView> stored = this.store.action(signatory.value(), read.getKey());
			if (stored.isEmpty()) {
				missing.add(read.getKey());
			}
			else if (read.getValue() == null || read.getValue() != stored.get().version()) {
				changed.add(stored.get());
			}
			else {
				before.add(stored.get());
			}
		}
		if (!changed.isEmpty() || !missing.isEmpty()) {
			throw new ActionsChangedMeanwhile(changed, missing);
		}
		// A plan whose submitted edition is changed moves to its next edition (once per
		// plan).
		before.stream()
			.map(ActionView::planId)
			.distinct()
			.forEach((planId) -> this.versions.beforeChange(signatory.value(), planId));
		List<ActionView> after = new ArrayList<>();
		for (ActionView action : before) {
			if (!this.store.updateStatus(signatory.value(), action.id(), action.version(), status,
					this.clock.instant())) {
				// changed between the read and the write: the transaction rolls back
				throw new ActionsChangedMeanwhile(List.of(storedAction(signatory, action.id())), List.of());
			}
			ActionView updated = storedAction(signatory, action.id());
			after.add(updated);
			this.events.publishEvent(Audited.updated(actor, ACTION, action.id(), label(updated, view),
					signatory.value(), null, snapshot(action), snapshot(updated)));
		}
		return after;
	}

	/**
	 * The expected CO2 reduction of each of the signatory's actions [t/a] by action id:
	 * as entered, else computed from its savings and renewable production with the
	 * factors of its plan's BEI (as the plan-versus-target calculation does). Actions
	 * whose figure cannot be computed (no computed BEI, a factor missing) are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Double> expectedReductions(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		Map<Long, Optional<PlanTarget.Baseline>> baselineByPlan = new java.util.HashMap<>();
		Map<Long, Double> reductions = new LinkedHashMap<>();
		List<PlanView> plans = this.store.plans(signatory.value());
		for (ActionView action : this.store.actions(signatory.value(), null, null, null)) {
			Optional<PlanTarget.Baseline> baseline = baselineByPlan.computeIfAbsent(action.planId(),
					(planId) -> plans.stream()
						.filter((p) -> p.id() == planId)
						.findFirst()
						.flatMap((plan) -> factorsOf(actor, signatory, plan)));
			PlanTarget.Action input = new PlanTarget.Action(action.field(), action.savings(),
					(action.renewableMwh() != null) ? action.renewableMwh() : 0, action.co2Reduction());
			if (action.co2Reduction() != null) {
				reductions.put(action.id(), action.co2Reduction());
			}
			else if (baseline.isPresent()) {
				try {
					reductions.put(action.id(), PlanTarget.reductionOf(input, baseline.get()));
				}
				catch (PlanTarget.MissingFactor ex) {
					// not computable: left out
				}
			}
		}
		return reductions;
	}

	private Optional<PlanTarget.Baseline> factorsOf(Actor actor, SignatoryId signatory, PlanView plan) {
		if (plan.beiInventoryId() == null) {
			return Optional.empty();
		}
		try {
			InventoryBaseline bei = this.baselines.baseline(actor, signatory, plan.beiInventoryId());
			if (!bei.computed() || bei.totalTco2() == null) {
				return Optional.empty();
			}
			return Optional.of(new PlanTarget.Baseline(bei.totalTco2(), null, bei.factors()));
		}
		catch (InventoryNotFound ex) {
			return Optional.empty();
		}
	}

	// Plan versus target

	/**
	 * The plan against the target of its commitment (the one linked, else the signatory's
	 * current one), with the factors and total of its BEI; cancelled actions do not
	 * count.
	 * @param projectedPopulation the population expected in the target year for a
	 * per-capita target; {@code null}: the BEI's population
	 * @throws PlanTargetUnavailable naming what is missing (without marking a calling
	 * transaction for rollback: submitting a plan without a BEI freezes it without
	 * figures)
	 */
	@Transactional(readOnly = true, noRollbackFor = PlanTargetUnavailable.class)
	public PlanTargetView target(Actor actor, SignatoryId signatory, long planId, Long projectedPopulation) {
		this.organisations.getSignatory(actor, signatory);
		PlanView plan = storedPlan(signatory, planId);
		if (projectedPopulation != null && projectedPopulation < 0) {
			throw new eu.mayorsinaction.shared.InvalidInput("population", "actionplan.error.negative");
		}
		if (plan.beiInventoryId() == null) {
			throw new PlanTargetUnavailable("noBaseline");
		}
		InventoryBaseline bei = this.baselines.baseline(actor, signatory, plan.beiInventoryId());
		if (!bei.computed()) {
			throw new PlanTargetUnavailable("notComputed", String.valueOf(bei.year()));
		}
		CommitmentView commitment = commitment(actor, signatory, plan)
			.orElseThrow(() -> new PlanTargetUnavailable("noCommitment"));
		Double beiPopulation = bei.population();
		PlanTarget.Baseline baseline = new PlanTarget.Baseline(bei.totalTco2(),
				(beiPopulation != null) ? Math.round(beiPopulation) : null, bei.factors());
		PlanTarget.TargetKind kind = PlanTarget.TargetKind.valueOf(commitment.targetKind().name());
		double percent = commitment.targetPercent().doubleValue();
		Long projection = (kind == PlanTarget.TargetKind.PER_CAPITA) ? projectedPopulation : null;
		PlanTarget.Target target = new PlanTarget.Target(kind, percent / 100, projection);
		List<PlanTarget.Action> actions = new ArrayList<>();
		for (ActionView action : this.store.actions(signatory.value(), planId, null, null)) {
			if (action.status() != ActionStatus.CANCELLED) {
				actions.add(new PlanTarget.Action(action.field(), action.savings(),
						(action.renewableMwh() != null) ? action.renewableMwh() : 0, action.co2Reduction()));
			}
		}
		PlanTarget.Figures figures;
		try {
			figures = PlanTarget.calculate(baseline, target, actions);
		}
		catch (PlanTarget.MissingFactor ex) {
			throw new PlanTargetUnavailable("missingFactor", ex.carrier().name());
		}
		catch (PlanTarget.MissingPopulation ex) {
			throw new PlanTargetUnavailable("missingPopulation");
		}
		Long population = (kind == PlanTarget.TargetKind.ABSOLUTE) ? null
				: (projection != null) ? projection : baseline.population();
		return new PlanTargetView(planId, bei.id(), bei.year(), bei.totalTco2(), commitment.id(), kind.name(), percent,
				commitment.targetYear(), population, projection != null, figures.reductionNeeded(),
				figures.expectedReduction(), figures.gap(), figures.shareByField(), figures.keySectorsCovered(),
				figures.keySectorsMet(), actions.size());
	}

	/**
	 * The expected CO2 reduction of each action of a plan [t CO2/a], cancelled ones too:
	 * the figure entered for the action, else the one computed from its savings and
	 * renewable production with the factors of the plan's BEI. An action whose reduction
	 * is neither entered nor computable (no BEI linked, the BEI not computed, a factor
	 * missing) is not in the map.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Double> actionReductions(Actor actor, SignatoryId signatory, long planId) {
		this.organisations.getSignatory(actor, signatory);
		storedPlan(signatory, planId);
		java.util.Set<Long> ofPlan = new java.util.HashSet<>();
		this.store.actions(signatory.value(), planId, null, null).forEach((action) -> ofPlan.add(action.id()));
		Map<Long, Double> reductions = new LinkedHashMap<>();
		expectedReductions(actor, signatory).forEach((id, tco2) -> {
			if (ofPlan.contains(id)) {
				reductions.put(id, tco2);
			}
		});
		return reductions;
	}

	private Optional<CommitmentView> commitment(Actor actor, SignatoryId signatory, PlanView plan) {
		if (plan.commitmentId() != null) {
			return this.organisations.commitments(actor, signatory)
				.stream()
				.filter((c) -> c.id() == plan.commitmentId())
				.findFirst();
		}
		return this.organisations.currentCommitment(signatory);
	}

	// Checks

	private void checkPlan(Actor actor, SignatoryId signatory, PlanData data) {
		List<FieldViolation> violations = data.violations();
		if (data.beiInventoryId() != null) {
			try {
				InventoryBaseline bei = this.baselines.baseline(actor, signatory, data.beiInventoryId());
				if (bei.type() != InventoryType.BEI) {
					violations.add(new FieldViolation("beiInventoryId", "actionplan.error.notBei"));
				}
			}
			catch (InventoryNotFound ex) {
				violations.add(new FieldViolation("beiInventoryId", "actionplan.error.unknownInventory"));
			}
		}
		if (data.commitmentId() != null && this.organisations.commitments(actor, signatory)
			.stream()
			.noneMatch((c) -> c.id() == data.commitmentId())) {
			violations.add(new FieldViolation("commitmentId", "actionplan.error.unknownCommitment"));
		}
		PlanData.throwIfAny(violations);
	}

	private FieldOfAction checkAction(SignatoryId signatory, ActionData data, ActionView before) {
		List<FieldViolation> violations = data.violations();
		if (data.planId() != null && this.store.plan(signatory.value(), data.planId()).isEmpty()) {
			violations.add(new FieldViolation("planId", "actionplan.error.unknownPlan"));
		}
		if (this.details != null) {
			this.details.checkAssignments(signatory, data, before, violations);
		}
		PlanData.throwIfAny(violations);
		return FieldOfAction.ofCode(data.fieldCode()).orElseThrow();
	}

	private SignatoryView editable(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return view;
	}

	private PlanView storedPlan(SignatoryId signatory, long id) {
		return this.store.plan(signatory.value(), id).orElseThrow(() -> new PlanNotFound(id));
	}

	private ActionView storedAction(SignatoryId signatory, long id) {
		return this.store.action(signatory.value(), id).orElseThrow(() -> new ActionNotFound(id));
	}

	private static String label(PlanView plan, SignatoryView signatory) {
		return signatory.name() + " " + plan.kind() + " " + plan.title();
	}

	private static String label(ActionView action, SignatoryView signatory) {
		return signatory.name() + " " + action.field() + " " + action.title();
	}

	private static Map<String, Object> content(Map<String, Object> snapshot) {
		Map<String, Object> content = new LinkedHashMap<>(snapshot);
		content.remove("status");
		content.remove("version");
		return content;
	}

	private static Map<String, Object> snapshot(PlanView plan) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", plan.kind().name());
		values.put("title", plan.title());
		values.put("commitmentId", plan.commitmentId());
		values.put("approvalDate", java.util.Objects.toString(plan.approvalDate(), null));
		values.put("approvingBody", plan.approvingBody());
		values.put("beiInventoryId", plan.beiInventoryId());
		values.put("status", plan.status().name());
		values.put("version", plan.version());
		return values;
	}

	private static Map<String, Object> snapshot(ActionView action) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("planId", action.planId());
		values.put("field", action.field().name());
		values.put("title", action.title());
		values.put("keyMeasure", action.keyMeasure());
		values.put("responsible", action.responsible());
		values.put("startDate", java.util.Objects.toString(action.startDate(), null));
		values.put("endDate", java.util.Objects.toString(action.endDate(), null));
		values.put("status", action.status().name());
		values.put("estimatedCostEur", action.estimatedCostEur());
		values.put("actualCostEur", action.actualCostEur());
		values.put("savings", action.savings().toString());
		values.put("renewableMwh", action.renewableMwh());
		values.put("co2Reduction", action.co2Reduction());
		values.put("benchmarkOfExcellence", action.benchmarkOfExcellence());
		values.put("version", action.version());
		values.put("policyInstrumentCode", action.policyInstrumentCode());
		values.put("originCode", action.originCode());
		values.put("responsibleUserId", action.responsibleUserId());
		return values;
	}

}
