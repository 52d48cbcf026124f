package eu.mayorsinaction.actionplan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

import eu.mayorsinaction.audit.AuditActorNames;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;
import eu.mayorsinaction.shared.NotFound;
import eu.mayorsinaction.user.UserManagement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The details of an action: the admin's code lists (policy instrument, origin), and per
 * action its stakeholders, milestones, yearly budget lines, indicators with their values,
 * evidence files, comments and history; and the tasks assigned to a person. Access is the
 * organisation module's decision, checked first: a signatory the person may not see
 * answers 404, a person who may see but not edit it gets 403 on a change. Bad input
 * stores nothing and names the fields. Every change is audited on the action
 * ({@code PLAN_ACTION}), so the action's history shows its details too.
 */
@Service
@Transactional
public class ActionDetails {

	static final String DETAIL_ADDED = "DETAIL_ADDED";

	static final String DETAIL_CHANGED = "DETAIL_CHANGED";

	static final String DETAIL_REMOVED = "DETAIL_REMOVED";

	static final int NAME_MAX = 300;

	static final int NOTE_MAX = 1000;

	static final int COMMENT_MAX = 4000;

	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

	private final ActionDetailStore store;

	private final ActionPlanStore actions;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final AuditManagement audit;

	private final Optional<AuditActorNames> names;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final long evidenceMaxBytes;

	ActionDetails(ActionDetailStore store, ActionPlanStore actions, OrganisationManagement organisations,
			UserManagement users, AuditManagement audit, Optional<AuditActorNames> names,
			ApplicationEventPublisher events, Optional<Clock> clock,
			@Value("${mia.evidence.max-bytes:10485760}") long evidenceMaxBytes) {
		this.store = store;
		this.actions = actions;
		this.organisations = organisations;
		this.users = users;
		this.audit = audit;
		this.names = names;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
		this.evidenceMaxBytes = evidenceMaxBytes;
	}

	/** The largest evidence file accepted [bytes]. */
	public long evidenceMaxBytes() {
		return this.evidenceMaxBytes;
	}

	/** The file name extensions accepted as evidence. */
	public List<String> evidenceExtensions() {
		return EvidenceTypes.EXTENSIONS;
	}

	// Code lists

	/** A code list, inactive entries included: for anybody signed in. */
	@Transactional(readOnly = true)
	public List<ActionCodeView> codes(Actor actor, ActionCodeList list) {
		if (!actor.isAuthenticated() && !actor.platformAdmin()) {
			throw new Forbidden();
		}
		return this.store.codes(list);
	}

	/** Adds an entry to a code list: the platform admin only. */
	public ActionCodeView addCode(Actor actor, ActionCodeData data) {
		requireAdmin(actor);
		List<FieldViolation> violations = new ArrayList<>();
		if (data.list() == null) {
			violations.add(new FieldViolation("list", "actiondetails.error.required"));
		}
		String code = (data.code() != null) ? data.code().trim().toUpperCase(Locale.ROOT) : "";
		if (code.isEmpty()) {
			violations.add(new FieldViolation("code", "actiondetails.error.required"));
		}
		else if (!CODE.matcher(code).matches()) {
			violations.add(new FieldViolation("code", "actiondetails.error.codeFormat"));
		}
		else if (data.list() != null && this.store.code(data.list(), code).isPresent()) {
			violations.add(new FieldViolation("code", "actiondetails.error.codeTaken", code));
		}
		label(data.label(), violations);
		throwIfAny(violations);
		long id = this.store.insertCode(data.list(), code, data.label().trim(), this.clock.instant());
		ActionCodeView created = this.store.code(id).orElseThrow();
		this.events.publishEvent(Audited.created(actor, "ACTION_CODE", id, created.list() + " " + created.code(), null,
				null, codeSnapshot(created)));
		return created;
	}

	/**
	 * Renames an entry and/or (de)activates it: the platform admin only. An inactive
	 * entry stays on the actions that have it but cannot be chosen anew.
	 */
	public ActionCodeView updateCode(Actor actor, long id, ActionCodeData data) {
		requireAdmin(actor);
		ActionCodeView before = this.store.code(id).orElseThrow(() -> new ActionDetailNotFound(id));
		List<FieldViolation> violations = new ArrayList<>();
		String label = before.label();
		if (data.label() != null) {
			label(data.label(), violations);
			label = data.label().trim();
		}
		throwIfAny(violations);
		boolean active = (data.active() != null) ? data.active() : before.active();
		this.store.updateCode(id, label, active, this.clock.instant());
		ActionCodeView after = this.store.code(id).orElseThrow();
		this.events.publishEvent(Audited.updated(actor, "ACTION_CODE", id, after.list() + " " + after.code(), null,
				null, codeSnapshot(before), codeSnapshot(after)));
		return after;
	}

	/**
	 * Adds to the violations an unknown or inactive code of an action (an unchanged one
	 * may stay) and a responsible user who does not exist or may not see the signatory.
	 */
	void checkAssignments(SignatoryId signatory, ActionData data, ActionView before, List<FieldViolation> violations) {
		checkCode(ActionCodeList.POLICY_INSTRUMENT, "policyInstrumentCode", data.policyInstrumentCode(),
				(before != null) ? before.policyInstrumentCode() : null, violations);
		checkCode(ActionCodeList.ORIGIN, "originCode", data.originCode(), (before != null) ? before.originCode() : null,
				violations);
		checkUser("responsibleUserId", data.responsibleUserId(), signatory, violations);
	}

	private void checkCode(ActionCodeList list, String field, String code, String unchanged,
			List<FieldViolation> violations) {
		if (code == null || code.isBlank() || code.trim().equals(unchanged)) {
			return;
		}
		Optional<ActionCodeView> entry = this.store.code(list, code.trim());
		if (entry.isEmpty() || !entry.get().active()) {
			violations.add(new FieldViolation(field, "actiondetails.error.unknownCode", code.trim()));
		}
	}

	private void checkUser(String field, Long userId, SignatoryId signatory, List<FieldViolation> violations) {
		if (userId == null) {
			return;
		}
		Actor person = this.users.currentActor(userId);
		if (!person.isAuthenticated()) {
			violations.add(new FieldViolation(field, "actiondetails.error.unknownUser"));
			return;
		}
		try {
			this.organisations.getSignatory(person, signatory);
		}
		catch (NotFound ex) {
			violations.add(new FieldViolation(field, "actiondetails.error.userCannotSee"));
		}
	}

	/**
	 * The id of the enabled platform account with this e-mail address, if there is one
	 * (for forms that name a responsible person by address).
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Optional<Long> userIdByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		try {
			org.springframework.security.core.userdetails.UserDetails user = this.users
				.loadUserByUsername(email.trim());
			return (user instanceof eu.mayorsinaction.user.MiaUser person && person.isEnabled())
					? Optional.of(person.id()) : Optional.empty();
		}
		catch (org.springframework.security.core.userdetails.UsernameNotFoundException ex) {
			return Optional.empty();
		}
	}

	/** The name of a platform user, if known. */
	@Transactional(readOnly = true)
	public Optional<String> userName(Long userId) {
		return (userId == null) ? Optional.empty() : this.names.flatMap((n) -> n.nameOf(userId));
	}

	// Stakeholders

	@Transactional(readOnly = true)
	public List<StakeholderView> stakeholders(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return this.store.stakeholders(signatory.value(), actionId);
	}

	public StakeholderView addStakeholder(Actor actor, SignatoryId signatory, long actionId, StakeholderData data) {
		Target target = editableAction(actor, signatory, actionId);
		checkStakeholder(data);
		long id = this.store.insertStakeholder(signatory.value(), actionId, data, this.clock.instant());
		StakeholderView created = find(this.store.stakeholders(signatory.value(), actionId), id, StakeholderView::id);
		audit(actor, target, DETAIL_ADDED, Map.of(), stakeholderSnapshot(created));
		return created;
	}

	public StakeholderView updateStakeholder(Actor actor, SignatoryId signatory, long actionId, long id,
			StakeholderData data) {
		Target target = editableAction(actor, signatory, actionId);
		StakeholderView before = find(this.store.stakeholders(signatory.value(), actionId), id, StakeholderView::id);
		checkStakeholder(data);
		this.store.updateStakeholder(signatory.value(), actionId, id, data);
		StakeholderView after = find(this.store.stakeholders(signatory.value(), actionId), id, StakeholderView::id);
		audit(actor, target, DETAIL_CHANGED, stakeholderSnapshot(before), stakeholderSnapshot(after));
		return after;
	}

	public void deleteStakeholder(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		StakeholderView before = find(this.store.stakeholders(signatory.value(), actionId), id, StakeholderView::id);
		this.store.delete(ActionDetailStore.Child.STAKEHOLDER, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, stakeholderSnapshot(before), Map.of());
	}

	private static void checkStakeholder(StakeholderData data) {
		List<FieldViolation> violations = new ArrayList<>();
		if (data == null) {
			throw new InvalidInput("name", "actiondetails.error.required");
		}
		required(violations, "name", data.name(), NAME_MAX);
		optional(violations, "role", data.role(), NAME_MAX);
		optional(violations, "contact", data.contact(), NAME_MAX);
		throwIfAny(violations);
	}

	// Milestones

	@Transactional(readOnly = true)
	public List<MilestoneView> milestones(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return withNames(this.store.milestones(signatory.value(), actionId));
	}

	public MilestoneView addMilestone(Actor actor, SignatoryId signatory, long actionId, MilestoneData data) {
		Target target = editableAction(actor, signatory, actionId);
		LocalDate doneDate = checkMilestone(signatory, data);
		long id = this.store.insertMilestone(signatory.value(), actionId, data, doneDate, this.clock.instant());
		MilestoneView created = milestone(signatory, actionId, id);
		audit(actor, target, DETAIL_ADDED, Map.of(), milestoneSnapshot(created));
		return created;
	}

	public MilestoneView updateMilestone(Actor actor, SignatoryId signatory, long actionId, long id,
			MilestoneData data) {
		Target target = editableAction(actor, signatory, actionId);
		MilestoneView before = milestone(signatory, actionId, id);
		LocalDate doneDate = checkMilestone(signatory, data);
		this.store.updateMilestone(signatory.value(), actionId, id, data, doneDate);
		MilestoneView after = milestone(signatory, actionId, id);
		audit(actor, target, DETAIL_CHANGED, milestoneSnapshot(before), milestoneSnapshot(after));
		return after;
	}

	public void deleteMilestone(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		MilestoneView before = milestone(signatory, actionId, id);
		this.store.delete(ActionDetailStore.Child.MILESTONE, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, milestoneSnapshot(before), Map.of());
	}

	private MilestoneView milestone(SignatoryId signatory, long actionId, long id) {
		return find(withNames(this.store.milestones(signatory.value(), actionId)), id, MilestoneView::id);
	}

	/**
	 * @return the done date to store
	 */
	private LocalDate checkMilestone(SignatoryId signatory, MilestoneData data) {
		if (data == null) {
			throw new InvalidInput("title", "actiondetails.error.required");
		}
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "title", data.title(), NAME_MAX);
		if (data.dueDate() == null) {
			violations.add(new FieldViolation("dueDate", "actiondetails.error.required"));
		}
		optional(violations, "responsibleName", data.responsibleName(), NAME_MAX);
		checkUser("responsibleUserId", data.responsibleUserId(), signatory, violations);
		boolean done = Boolean.TRUE.equals(data.done());
		if (!done && data.doneDate() != null) {
			violations.add(new FieldViolation("doneDate", "actiondetails.error.doneDateWithoutDone"));
		}
		throwIfAny(violations);
		return done ? ((data.doneDate() != null) ? data.doneDate() : today()) : null;
	}

	private List<MilestoneView> withNames(List<MilestoneView> milestones) {
		return milestones.stream()
			.map((m) -> new MilestoneView(m.id(), m.actionId(), m.title(), m.dueDate(), m.responsibleUserId(),
					userName(m.responsibleUserId()).orElse(null), m.responsibleName(), m.done(), m.doneDate()))
			.toList();
	}

	// Budget

	@Transactional(readOnly = true)
	public BudgetView budget(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return budgetOf(this.store.budgetLines(signatory.value(), actionId));
	}

	/** The lines with their totals per year and overall; an empty amount counts as 0. */
	static BudgetView budgetOf(List<BudgetLineView> lines) {
		Map<Integer, double[]> years = new TreeMap<>();
		double planned = 0;
		double actual = 0;
		for (BudgetLineView line : lines) {
			double p = (line.plannedEur() != null) ? line.plannedEur() : 0;
			double a = (line.actualEur() != null) ? line.actualEur() : 0;
			double[] year = years.computeIfAbsent(line.year(), (y) -> new double[2]);
			year[0] += p;
			year[1] += a;
			planned += p;
			actual += a;
		}
		List<BudgetView.YearTotal> totals = years.entrySet()
			.stream()
			.map((e) -> new BudgetView.YearTotal(e.getKey(), e.getValue()[0], e.getValue()[1]))
			.toList();
		return new BudgetView(List.copyOf(lines), totals, planned, actual);
	}

	public BudgetLineView addBudgetLine(Actor actor, SignatoryId signatory, long actionId, BudgetLineData data) {
		Target target = editableAction(actor, signatory, actionId);
		checkBudgetLine(data);
		long id = this.store.insertBudgetLine(signatory.value(), actionId, data, this.clock.instant());
		BudgetLineView created = find(this.store.budgetLines(signatory.value(), actionId), id, BudgetLineView::id);
		audit(actor, target, DETAIL_ADDED, Map.of(), budgetSnapshot(created));
		return created;
	}

	public BudgetLineView updateBudgetLine(Actor actor, SignatoryId signatory, long actionId, long id,
			BudgetLineData data) {
		Target target = editableAction(actor, signatory, actionId);
		BudgetLineView before = find(this.store.budgetLines(signatory.value(), actionId), id, BudgetLineView::id);
		checkBudgetLine(data);
		this.store.updateBudgetLine(signatory.value(), actionId, id, data);
		BudgetLineView after = find(this.store.budgetLines(signatory.value(), actionId), id, BudgetLineView::id);
		audit(actor, target, DETAIL_CHANGED, budgetSnapshot(before), budgetSnapshot(after));
		return after;
	}

	public void deleteBudgetLine(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		BudgetLineView before = find(this.store.budgetLines(signatory.value(), actionId), id, BudgetLineView::id);
		this.store.delete(ActionDetailStore.Child.BUDGET, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, budgetSnapshot(before), Map.of());
	}

	private static void checkBudgetLine(BudgetLineData data) {
		if (data == null) {
			throw new InvalidInput("year", "actiondetails.error.required");
		}
		List<FieldViolation> violations = new ArrayList<>();
		if (data.year() == null) {
			violations.add(new FieldViolation("year", "actiondetails.error.required"));
		}
		else if (data.year() < 1990 || data.year() > 2100) {
			violations.add(new FieldViolation("year", "actiondetails.error.year", "1990", "2100"));
		}
		if (data.kind() == null) {
			violations.add(new FieldViolation("kind", "actiondetails.error.required"));
		}
		notNegative(violations, "plannedEur", data.plannedEur());
		notNegative(violations, "actualEur", data.actualEur());
		if (data.plannedEur() == null && data.actualEur() == null) {
			violations.add(new FieldViolation("plannedEur", "actiondetails.error.amountMissing"));
		}
		optional(violations, "fundingSource", data.fundingSource(), NAME_MAX);
		throwIfAny(violations);
	}

	// Indicators

	@Transactional(readOnly = true)
	public List<IndicatorView> indicators(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return this.store.indicators(signatory.value(), actionId);
	}

	public IndicatorView addIndicator(Actor actor, SignatoryId signatory, long actionId, IndicatorData data) {
		Target target = editableAction(actor, signatory, actionId);
		checkIndicator(data);
		long id = this.store.insertIndicator(signatory.value(), actionId, data, this.clock.instant());
		IndicatorView created = indicator(signatory, actionId, id);
		audit(actor, target, DETAIL_ADDED, Map.of(), indicatorSnapshot(created));
		return created;
	}

	public IndicatorView updateIndicator(Actor actor, SignatoryId signatory, long actionId, long id,
			IndicatorData data) {
		Target target = editableAction(actor, signatory, actionId);
		IndicatorView before = indicator(signatory, actionId, id);
		checkIndicator(data);
		this.store.updateIndicator(signatory.value(), actionId, id, data);
		IndicatorView after = indicator(signatory, actionId, id);
		audit(actor, target, DETAIL_CHANGED, indicatorSnapshot(before), indicatorSnapshot(after));
		return after;
	}

	public void deleteIndicator(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		IndicatorView before = indicator(signatory, actionId, id);
		this.store.delete(ActionDetailStore.Child.INDICATOR, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, indicatorSnapshot(before), Map.of());
	}

	public IndicatorView addIndicatorValue(Actor actor, SignatoryId signatory, long actionId, long indicatorId,
			IndicatorValueData data) {
		Target target = editableAction(actor, signatory, actionId);
		IndicatorView before = indicator(signatory, actionId, indicatorId);
		List<FieldViolation> violations = new ArrayList<>();
		if (data == null || data.date() == null) {
			violations.add(new FieldViolation("date", "actiondetails.error.required"));
		}
		if (data == null || data.value() == null) {
			violations.add(new FieldViolation("value", "actiondetails.error.required"));
		}
		else if (!Double.isFinite(data.value())) {
			violations.add(new FieldViolation("value", "actiondetails.error.number"));
		}
		if (data != null) {
			optional(violations, "note", data.note(), NOTE_MAX);
		}
		throwIfAny(violations);
		this.store.insertIndicatorValue(signatory.value(), indicatorId, data, this.clock.instant());
		IndicatorView after = indicator(signatory, actionId, indicatorId);
		audit(actor, target, DETAIL_CHANGED, indicatorSnapshot(before), indicatorSnapshot(after));
		return after;
	}

	public IndicatorView deleteIndicatorValue(Actor actor, SignatoryId signatory, long actionId, long indicatorId,
			long valueId) {
		Target target = editableAction(actor, signatory, actionId);
		IndicatorView before = indicator(signatory, actionId, indicatorId);
		if (!this.store.deleteIndicatorValue(signatory.value(), indicatorId, valueId)) {
			throw new ActionDetailNotFound(valueId);
		}
		IndicatorView after = indicator(signatory, actionId, indicatorId);
		audit(actor, target, DETAIL_CHANGED, indicatorSnapshot(before), indicatorSnapshot(after));
		return after;
	}

	private IndicatorView indicator(SignatoryId signatory, long actionId, long id) {
		return find(this.store.indicators(signatory.value(), actionId), id, IndicatorView::id);
	}

	private static void checkIndicator(IndicatorData data) {
		if (data == null) {
			throw new InvalidInput("name", "actiondetails.error.required");
		}
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "name", data.name(), NAME_MAX);
		required(violations, "unit", data.unit(), 50);
		if (data.targetValue() != null && !Double.isFinite(data.targetValue())) {
			violations.add(new FieldViolation("targetValue", "actiondetails.error.number"));
		}
		throwIfAny(violations);
	}

	// Evidence

	@Transactional(readOnly = true)
	public List<EvidenceView> evidence(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return this.store.evidence(signatory.value(), actionId)
			.stream()
			.map((e) -> new EvidenceView(e.id(), e.actionId(), e.fileName(), e.contentType(), e.sizeBytes(),
					e.uploadedBy(), userName(e.uploadedBy()).orElse(null), e.uploadedAt()))
			.toList();
	}

	/**
	 * Stores an evidence file whose content is of a type accepted (a PDF, an image, an
	 * office file) and of the type its name's extension says, not empty and not larger
	 * than {@link #evidenceMaxBytes()}.
	 */
	public EvidenceView addEvidence(Actor actor, SignatoryId signatory, long actionId, String fileName,
			byte[] content) {
		Target target = editableAction(actor, signatory, actionId);
		String name = cleanFileName(fileName);
		if (content == null || content.length == 0) {
			throw new InvalidInput("file", "actiondetails.error.fileEmpty");
		}
		if (content.length > this.evidenceMaxBytes) {
			throw new InvalidInput("file", "actiondetails.error.fileTooBig", megabytes(this.evidenceMaxBytes));
		}
		String contentType = EvidenceTypes.contentType(name, content)
			.orElseThrow(() -> new InvalidInput("file", "actiondetails.error.fileType",
					String.join(", ", EvidenceTypes.EXTENSIONS)));
		long id = this.store.insertEvidence(signatory.value(), actionId, name, contentType, content, actor.userId(),
				this.clock.instant());
		EvidenceView created = find(evidence(actor, signatory, actionId), id, EvidenceView::id);
		audit(actor, target, DETAIL_ADDED, Map.of(), evidenceSnapshot(created));
		return created;
	}

	@Transactional(readOnly = true)
	public EvidenceFile evidenceFile(Actor actor, SignatoryId signatory, long actionId, long id) {
		visibleAction(actor, signatory, actionId);
		return this.store.evidenceFile(signatory.value(), actionId, id).orElseThrow(() -> new ActionDetailNotFound(id));
	}

	public void deleteEvidence(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		EvidenceView before = find(evidence(actor, signatory, actionId), id, EvidenceView::id);
		this.store.delete(ActionDetailStore.Child.EVIDENCE, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, evidenceSnapshot(before), Map.of());
	}

	/** The size in MB with up to one decimal, for messages. */
	static String megabytes(long bytes) {
		double mb = bytes / (1024.0 * 1024.0);
		return (mb == Math.rint(mb)) ? String.valueOf((long) mb) : String.format(Locale.ROOT, "%.1f", mb);
	}

	private static String cleanFileName(String fileName) {
		String name = (fileName == null) ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
		if (name.isEmpty()) {
			throw new InvalidInput("file", "actiondetails.error.required");
		}
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	// Comments

	@Transactional(readOnly = true)
	public List<CommentView> comments(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return this.store.comments(signatory.value(), actionId);
	}

	public CommentView addComment(Actor actor, SignatoryId signatory, long actionId, String text) {
		Target target = editableAction(actor, signatory, actionId);
		List<FieldViolation> violations = new ArrayList<>();
		required(violations, "text", text, COMMENT_MAX);
		throwIfAny(violations);
		String author = (actor.userId() != null) ? userName(actor.userId()).orElse("#" + actor.userId()) : "–";
		long id = this.store.insertComment(signatory.value(), actionId, actor.userId(), author, text,
				this.clock.instant());
		CommentView created = find(this.store.comments(signatory.value(), actionId), id, CommentView::id);
		audit(actor, target, DETAIL_ADDED, Map.of(), commentSnapshot(created));
		return created;
	}

	/** Whether the person may delete the comment: its author or a platform admin. */
	public boolean mayDelete(Actor actor, CommentView comment) {
		return actor.platformAdmin() || (actor.userId() != null && actor.userId().equals(comment.authorUserId()));
	}

	public void deleteComment(Actor actor, SignatoryId signatory, long actionId, long id) {
		Target target = editableAction(actor, signatory, actionId);
		CommentView before = find(this.store.comments(signatory.value(), actionId), id, CommentView::id);
		if (!mayDelete(actor, before)) {
			throw new Forbidden();
		}
		this.store.delete(ActionDetailStore.Child.COMMENT, signatory.value(), actionId, id);
		audit(actor, target, DETAIL_REMOVED, commentSnapshot(before), Map.of());
	}

	// History

	/**
	 * The action's audit trail (its own changes and those of its details), newest first.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(Actor actor, SignatoryId signatory, long actionId) {
		visibleAction(actor, signatory, actionId);
		return this.audit.history(ActionPlanManagement.ACTION, actionId);
	}

	// My tasks

	/**
	 * The open milestones assigned to the person and the open actions they are
	 * responsible for, of the signatories they may see, by due date (none last).
	 */
	// Not in one transaction: a signatory the person may no longer see answers NotFound,
	// which would mark a shared transaction for rollback.
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public List<TaskView> tasks(Actor actor) {
		if (actor.userId() == null) {
			return List.of();
		}
		LocalDate today = today();
		Map<Long, Optional<SignatoryView>> visible = new HashMap<>();
		List<TaskView> tasks = new ArrayList<>();
		List<TaskView> found = new ArrayList<>(this.store.openMilestonesOf(actor.userId()));
		found.addAll(this.store.actionsOf(actor.userId()));
		for (TaskView task : found) {
			Optional<SignatoryView> signatory = visible.computeIfAbsent(task.signatoryId(), (id) -> {
				try {
					return Optional.of(this.organisations.getSignatory(actor, new SignatoryId(id)));
				}
				catch (NotFound ex) {
					return Optional.empty();
				}
			});
			signatory.ifPresent((s) -> tasks.add(new TaskView(task.kind(), task.signatoryId(), s.name(),
					task.actionId(), task.actionTitle(), task.milestoneId(), task.title(), task.dueDate(),
					task.dueDate() != null && task.dueDate().isBefore(today))));
		}
		tasks.sort(Comparator.comparing(TaskView::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(TaskView::signatoryName)
			.thenComparing(TaskView::title));
		return tasks;
	}

	/** Today in the platform's clock. */
	public LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneId.of("Europe/Brussels"));
	}

	// Access

	private record Target(SignatoryView signatory, ActionView action) {
	}

	private Target visibleAction(Actor actor, SignatoryId signatory, long actionId) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		return new Target(view, storedAction(signatory, actionId));
	}

	private Target editableAction(Actor actor, SignatoryId signatory, long actionId) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return new Target(view, storedAction(signatory, actionId));
	}

	private ActionView storedAction(SignatoryId signatory, long id) {
		return this.actions.action(signatory.value(), id).orElseThrow(() -> new ActionNotFound(id));
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	// Audit

	private void audit(Actor actor, Target target, String what, Map<String, Object> before, Map<String, Object> after) {
		ActionView action = target.action();
		this.events.publishEvent(new Audited(actor, what, ActionPlanManagement.ACTION, action.id(),
				target.signatory().name() + " " + action.field() + " " + action.title(), action.signatoryId(), null,
				before, after, null));
	}

	private static Map<String, Object> stakeholderSnapshot(StakeholderView s) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("stakeholder", s.name());
		values.put("stakeholderRole", s.role());
		values.put("stakeholderContact", s.contact());
		return values;
	}

	private static Map<String, Object> milestoneSnapshot(MilestoneView m) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("milestone", m.title());
		values.put("milestoneDue", m.dueDate().toString());
		values.put("milestoneResponsible",
				(m.responsibleUserName() != null) ? m.responsibleUserName() : m.responsibleName());
		values.put("milestoneDone", m.done());
		return values;
	}

	private static Map<String, Object> budgetSnapshot(BudgetLineView b) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("budgetLine", b.year() + " " + b.kind());
		values.put("budgetPlannedEur", b.plannedEur());
		values.put("budgetActualEur", b.actualEur());
		values.put("budgetFunding", b.fundingSource());
		return values;
	}

	private static Map<String, Object> indicatorSnapshot(IndicatorView i) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("indicator", i.name() + " [" + i.unit() + "]");
		values.put("indicatorTarget", i.targetValue());
		values.put("indicatorValues", i.values().size());
		return values;
	}

	private static Map<String, Object> evidenceSnapshot(EvidenceView e) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("evidence", e.fileName());
		values.put("evidenceBytes", e.sizeBytes());
		return values;
	}

	private static Map<String, Object> commentSnapshot(CommentView c) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("comment", (c.text().length() > 200) ? c.text().substring(0, 200) + "…" : c.text());
		return values;
	}

	private static Map<String, Object> codeSnapshot(ActionCodeView c) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("list", c.list().name());
		values.put("code", c.code());
		values.put("label", c.label());
		values.put("active", c.active());
		return values;
	}

	// Checks

	private static <T> T find(List<T> items, long id, java.util.function.ToLongFunction<T> idOf) {
		return items.stream().filter((item) -> idOf.applyAsLong(item) == id).findFirst().orElseThrow(() -> {
			return new ActionDetailNotFound(id);
		});
	}

	private static void label(String label, List<FieldViolation> violations) {
		required(violations, "label", label, 200);
	}

	private static void required(List<FieldViolation> violations, String field, String value, int max) {
		if (value == null || value.isBlank()) {
			violations.add(new FieldViolation(field, "actiondetails.error.required"));
		}
		else {
			optional(violations, field, value, max);
		}
	}

	private static void optional(List<FieldViolation> violations, String field, String value, int max) {
		if (value != null && value.trim().length() > max) {
			violations.add(new FieldViolation(field, "actiondetails.error.tooLong", String.valueOf(max)));
		}
	}

	private static void notNegative(List<FieldViolation> violations, String field, Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0)) {
			violations.add(new FieldViolation(field, "actiondetails.error.negative"));
		}
	}

	private static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

}
