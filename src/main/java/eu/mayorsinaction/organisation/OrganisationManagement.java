package eu.mayorsinaction.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.PageResult;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation module's one public service: signatories, commitments, coordinators
 * and supporters, and who supports whom. Every method that takes an {@link Actor} checks
 * what that person may see or change; a signatory or organisation they may not see
 * answers as if it did not exist.
 */
@Service
@Transactional
public class OrganisationManagement {

	private final SignatoryRepository signatories;

	private final OrganisationRepository organisations;

	private final CommitmentRepository commitments;

	private final SupportRelationRepository supports;

	private final SignatoryQueries queries;

	private final SignatoryCsvReader csvReader;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrganisationManagement(SignatoryRepository signatories, OrganisationRepository organisations,
			CommitmentRepository commitments, SupportRelationRepository supports, SignatoryQueries queries,
			SignatoryCsvReader csvReader, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.csvReader = csvReader;
		this.signatories = signatories;
		this.organisations = organisations;
		this.commitments = commitments;
		this.supports = supports;
		this.queries = queries;
		this.events = events;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	// Signatories

	@Transactional(readOnly = true)
	public PageResult<SignatoryView> findSignatories(Actor actor, SignatoryQuery query, int page, int size) {
		return this.queries.find(actor, query, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	@Transactional(readOnly = true)
	public SignatoryView getSignatory(Actor actor, SignatoryId id) {
		return visibleSignatory(actor, id.value()).toView();
	}

	/** Whether the person may change the signatory's data (assumes they may see it). */
	@Transactional(readOnly = true)
	public boolean canEditSignatory(Actor actor, SignatoryId id) {
		return actor.platformAdmin() || actor.editableSignatoryIds().contains(id.value())
				|| this.queries.isSupportedByMember(actor, id.value());
	}

	/**
	 * Whether the person may register new signatories (for one of their organisations, or
	 * as admin).
	 */
	public boolean canCreateSignatories(Actor actor) {
		return actor.platformAdmin() || actor.isOrganisationMember();
	}

	/**
	 * Registers a signatory. A coordinator's or supporter's staff must name one of their
	 * organisations, which then supports the new signatory from today; a platform admin
	 * may leave it empty.
	 */
	public SignatoryView createSignatory(Actor actor, SignatoryData data, OrganisationId supportedBy) {
		requireSupporterChoice(actor, supportedBy);
		Instant now = this.clock.instant();
		Signatory signatory = this.signatories.save(Signatory.create(data, now));
		if (supportedBy != null) {
			this.supports.save(SupportRelation.create(supportedBy.value(), signatory.id, today(), now));
		}
		this.events.publishEvent(new SignatoryChanged(new SignatoryId(signatory.id), actor.userId(), true));
		SignatoryView created = signatory.toView();
		this.events.publishEvent(Audited.created(actor, "SIGNATORY", created.id(), created.name(), created.id(),
				(supportedBy != null) ? supportedBy.value() : null, Snapshots.of(created)));
		return created;
	}

	public SignatoryView updateSignatory(Actor actor, SignatoryId id, SignatoryData data) {
		Signatory signatory = editableSignatory(actor, id);
		if (data.version() == null || !data.version().equals(signatory.version)) {
			throw new EditConflict();
		}
		SignatoryView before = signatory.toView();
		signatory.apply(data, this.clock.instant());
		try {
			signatory = this.signatories.save(signatory);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflict();
		}
		this.events.publishEvent(new SignatoryChanged(id, actor.userId(), false));
		SignatoryView after = signatory.toView();
		this.events.publishEvent(Audited.updated(actor, "SIGNATORY", id.value(), after.name(), id.value(), null,
				Snapshots.of(before), Snapshots.of(after)));
		return after;
	}

	/**
	 * Reads a CSV file of signatories and reports every row and every problem; stores
	 * nothing.
	 */
	@Transactional(readOnly = true)
	public SignatoryImport previewSignatoryImport(Actor actor, String csv, OrganisationId supportedBy) {
		if (!canCreateSignatories(actor)) {
			throw new Forbidden();
		}
		requireSupporterChoice(actor, supportedBy);
		return this.csvReader.read(csv);
	}

	/**
	 * Stores all the signatories of a CSV file, or none: any error rejects the whole
	 * file.
	 */
	public List<SignatoryView> importSignatories(Actor actor, String csv, OrganisationId supportedBy) {
		SignatoryImport result = previewSignatoryImport(actor, csv, supportedBy);
		if (!result.valid()) {
			throw new SignatoryImportRejected(result);
		}
		return result.rows().stream().map((row) -> createSignatory(actor, row, supportedBy)).toList();
	}

	// Commitments

	@Transactional(readOnly = true)
	public List<CommitmentView> commitments(Actor actor, SignatoryId id) {
		visibleSignatory(actor, id.value());
		return commitmentsOf(id);
	}

	/**
	 * The commitment that drives deadlines and progress: the one with the latest council
	 * decision. For other modules, which have checked access already.
	 */
	@Transactional(readOnly = true)
	public Optional<CommitmentView> currentCommitment(SignatoryId id) {
		return commitmentsOf(id).stream().findFirst();
	}

	/**
	 * The commitments of several signatories at once (newest first, the first current),
	 * for overviews; signatories the person may not see are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<CommitmentView>> commitmentsOf(Actor actor, java.util.Collection<SignatoryId> ids) {
		List<Long> visible = this.queries.visibleAmong(actor,
				ids.stream().map(SignatoryId::value).collect(java.util.stream.Collectors.toSet()));
		Map<Long, List<CommitmentView>> byId = new java.util.LinkedHashMap<>();
		visible.forEach((id) -> byId.put(id, new java.util.ArrayList<>()));
		if (visible.isEmpty()) {
			return byId;
		}
		for (Commitment commitment : this.commitments
			.findBySignatoryIdInOrderBySignatoryIdAscCouncilDecisionDateDescIdDesc(visible)) {
			List<CommitmentView> list = byId.get(commitment.signatoryId);
			list.add(commitment.toView(list.isEmpty()));
		}
		return byId;
	}

	/**
	 * All signatories the organisation supports now that the person may see, by name (the
	 * signatory list's supporter filter, without its page limit).
	 */
	@Transactional(readOnly = true)
	public List<SignatoryView> supportedSignatories(Actor actor, OrganisationId id) {
		visibleOrganisation(actor, id.value());
		return this.queries.findAll(actor, new SignatoryQuery(null, null, null, id.value(), "name"));
	}

	/** Adds a commitment; a renewal adds one more and the older ones stay on record. */
	public CommitmentView addCommitment(Actor actor, SignatoryId id, CommitmentData data) {
		Signatory signatory = editableSignatory(actor, id);
		if (data.framework() == null || data.councilDecisionDate() == null || data.targetPercent() == null
				|| data.targetYear() == null || data.targetKind() == null) {
			throw new InvalidInput("commitment", "error.validation");
		}
		if (data.targetYear() < data.councilDecisionDate().getYear()) {
			throw new InvalidInput("targetYear", "validation.targetYearBeforeDecision");
		}
		Commitment commitment = this.commitments.save(Commitment.create(signatory.id, data, this.clock.instant()));
		this.events.publishEvent(
				new CommitmentAdded(id, new CommitmentId(commitment.id), commitment.framework, actor.userId()));
		CommitmentView added = commitmentsOf(id).stream()
			.filter((c) -> c.id() == commitment.id)
			.findFirst()
			.orElseThrow();
		this.events.publishEvent(Audited.created(actor, "COMMITMENT", added.id(), signatory.name, id.value(), null,
				Snapshots.of(added)));
		return added;
	}

	private List<CommitmentView> commitmentsOf(SignatoryId id) {
		List<Commitment> list = this.commitments.findBySignatoryIdOrderByCouncilDecisionDateDescIdDesc(id.value());
		return java.util.stream.IntStream.range(0, list.size()).mapToObj((i) -> list.get(i).toView(i == 0)).toList();
	}

	// Support relations

	@Transactional(readOnly = true)
	public List<SupportView> supportersOf(Actor actor, SignatoryId id) {
		visibleSignatory(actor, id.value());
		return this.queries.supports("r.signatory_id = :id", Map.of("id", id.value()));
	}

	/**
	 * The support relations of several signatories at once, by signatory (newest first),
	 * for jobs and overviews; signatories the person may not see are left out.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<SupportView>> supportersOf(Actor actor, Collection<SignatoryId> ids) {
		List<Long> visible = this.queries.visibleAmong(actor,
				ids.stream().map(SignatoryId::value).collect(java.util.stream.Collectors.toSet()));
		Map<Long, List<SupportView>> byId = new java.util.LinkedHashMap<>();
		visible.forEach((id) -> byId.put(id, new java.util.ArrayList<>()));
		if (!visible.isEmpty()) {
			this.queries.supports("r.signatory_id in (:ids)", Map.of("ids", visible))
				.forEach((support) -> byId.get(support.signatoryId()).add(support));
		}
		return byId;
	}

	@Transactional(readOnly = true)
	public List<SupportView> supportedBy(Actor actor, OrganisationId id) {
		visibleOrganisation(actor, id.value());
		Map<String, Object> params = new HashMap<>();
		params.put("org", id.value());
		String condition = "r.organisation_id = :org and " + this.queries.visibleCondition(actor, params);
		return this.queries.supports(condition, params);
	}

	/**
	 * Records that an organisation supports a signatory from a date. The person must
	 * administer the organisation (or be platform admin) and be able to see the
	 * signatory.
	 */
	public SupportView addSupport(Actor actor, OrganisationId organisationId, SignatoryId signatoryId,
			LocalDate since) {
		Organisation organisation = visibleOrganisation(actor, organisationId.value());
		if (!actor.isOrganisationAdmin(organisation.id)) {
			throw new Forbidden();
		}
		visibleSignatory(actor, signatoryId.value());
		LocalDate start = (since != null) ? since : today();
		boolean overlapping = this.supports.findBySignatoryIdOrderBySinceDesc(signatoryId.value())
			.stream()
			.anyMatch((r) -> r.organisationId.equals(organisation.id) && (r.until == null || !r.until.isBefore(start)));
		if (overlapping) {
			throw new InvalidInput("signatoryId", "organisation.alreadySupported");
		}
		SupportRelation relation = this.supports
			.save(SupportRelation.create(organisation.id, signatoryId.value(), start, this.clock.instant()));
		SupportView added = supportById(relation.id);
		this.events.publishEvent(
				Audited.created(actor, "SUPPORT", added.id(), added.organisationName() + " → " + added.signatoryName(),
						added.signatoryId(), added.organisationId(), Snapshots.of(added)));
		return added;
	}

	/** Ends a support relation on a date (it stays on record). */
	public SupportView endSupport(Actor actor, OrganisationId organisationId, long supportId, LocalDate until) {
		Organisation organisation = visibleOrganisation(actor, organisationId.value());
		SupportRelation relation = this.supports.findById(supportId)
			.filter((r) -> r.organisationId.equals(organisation.id))
			.orElseThrow(() -> new SupportNotFound(supportId));
		if (!actor.isOrganisationAdmin(organisation.id)) {
			throw new Forbidden();
		}
		LocalDate end = (until != null) ? until : today();
		if (end.isBefore(relation.since)) {
			throw new InvalidInput("until", "validation.untilBeforeSince");
		}
		SupportView before = supportById(relation.id);
		relation.until = end;
		this.supports.save(relation);
		SupportView after = supportById(relation.id);
		this.events.publishEvent(
				Audited.updated(actor, "SUPPORT", after.id(), after.organisationName() + " → " + after.signatoryName(),
						after.signatoryId(), after.organisationId(), Snapshots.of(before), Snapshots.of(after)));
		return after;
	}

	private SupportView supportById(long id) {
		return this.queries.supports("r.id = :id", Map.of("id", id)).get(0);
	}

	// Organisations

	@Transactional(readOnly = true)
	public PageResult<OrganisationView> findOrganisations(Actor actor, String text, OrganisationKind kind, int page,
			int size) {
		java.util.Set<Long> visible = actor.platformAdmin() ? null : this.queries.visibleOrganisationIds(actor);
		String needle = (text == null) ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
		List<OrganisationView> all = this.organisations.findAll()
			.stream()
			.filter((o) -> visible == null || visible.contains(o.id))
			.filter((o) -> kind == null || o.kind == kind)
			.filter((o) -> needle.isEmpty() || o.name.toLowerCase(java.util.Locale.ROOT).contains(needle))
			.sorted(java.util.Comparator.comparing((Organisation o) -> o.name.toLowerCase(java.util.Locale.ROOT)))
			.map(Organisation::toView)
			.toList();
		int safeSize = Math.min(Math.max(size, 1), 200);
		int from = Math.min(Math.max(page, 0) * safeSize, all.size());
		return new PageResult<>(all.subList(from, Math.min(from + safeSize, all.size())), Math.max(page, 0), safeSize,
				all.size());
	}

	/** The organisations the person is a member of (all of them for a platform admin). */
	@Transactional(readOnly = true)
	public List<OrganisationView> organisationsOf(Actor actor) {
		return this.organisations.findAll()
			.stream()
			.filter((o) -> actor.isMemberOf(o.id))
			.sorted(java.util.Comparator.comparing((Organisation o) -> o.name))
			.map(Organisation::toView)
			.toList();
	}

	@Transactional(readOnly = true)
	public OrganisationView getOrganisation(Actor actor, OrganisationId id) {
		return visibleOrganisation(actor, id.value()).toView();
	}

	public boolean canEditOrganisation(Actor actor, OrganisationId id) {
		return actor.isOrganisationAdmin(id.value());
	}

	public OrganisationView createOrganisation(Actor actor, OrganisationData data) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		OrganisationView created = this.organisations.save(Organisation.create(data, this.clock.instant())).toView();
		this.events.publishEvent(Audited.created(actor, "ORGANISATION", created.id(), created.name(), null,
				created.id(), Snapshots.of(created)));
		return created;
	}

	public OrganisationView updateOrganisation(Actor actor, OrganisationId id, OrganisationData data) {
		Organisation organisation = visibleOrganisation(actor, id.value());
		if (!actor.isOrganisationAdmin(organisation.id)) {
			throw new Forbidden();
		}
		if (data.version() == null || !data.version().equals(organisation.version)) {
			throw new EditConflict();
		}
		OrganisationView before = organisation.toView();
		organisation.apply(data, this.clock.instant());
		OrganisationView after;
		try {
			after = this.organisations.save(organisation).toView();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new EditConflict();
		}
		this.events.publishEvent(Audited.updated(actor, "ORGANISATION", after.id(), after.name(), null, after.id(),
				Snapshots.of(before), Snapshots.of(after)));
		return after;
	}

	// Figures and names for other modules

	/** Headline figures over what the person may see. */
	@Transactional(readOnly = true)
	public PlatformFigures figures(Actor actor) {
		return this.queries.figures(actor);
	}

	/**
	 * Headline figures over the whole platform, for the public landing page (aggregates
	 * only).
	 */
	@Transactional(readOnly = true)
	public PlatformFigures publicFigures() {
		return this.queries.figures(
				new Actor(null, true, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of()));
	}

	@Transactional(readOnly = true)
	public Map<Long, String> organisationNames(Collection<Long> ids) {
		return namesOf(this.organisations.findAllById(ids), (o) -> o.id, (o) -> o.name);
	}

	@Transactional(readOnly = true)
	public Map<Long, String> signatoryNames(Collection<Long> ids) {
		return namesOf(this.signatories.findAllById(ids), (s) -> s.id, (s) -> s.name);
	}

	@Transactional(readOnly = true)
	public boolean organisationExists(OrganisationId id) {
		return this.organisations.existsById(id.value());
	}

	@Transactional(readOnly = true)
	public boolean signatoryExists(SignatoryId id) {
		return this.signatories.existsById(id.value());
	}

	@Transactional(readOnly = true)
	public long countOrganisations() {
		return this.organisations.count();
	}

	private static <T> Map<Long, String> namesOf(Iterable<T> items, Function<T, Long> id, Function<T, String> name) {
		return java.util.stream.StreamSupport.stream(items.spliterator(), false).collect(Collectors.toMap(id, name));
	}

	// Access checks

	Signatory visibleSignatory(Actor actor, long id) {
		if (!this.queries.isVisible(actor, id)) {
			throw new SignatoryNotFound(id);
		}
		return this.signatories.findById(id).orElseThrow(() -> new SignatoryNotFound(id));
	}

	private Signatory editableSignatory(Actor actor, SignatoryId id) {
		Signatory signatory = visibleSignatory(actor, id.value());
		if (!canEditSignatory(actor, id)) {
			throw new Forbidden();
		}
		return signatory;
	}

	private Organisation visibleOrganisation(Actor actor, long id) {
		boolean visible = actor.platformAdmin() || this.queries.visibleOrganisationIds(actor).contains(id);
		if (!visible) {
			throw new OrganisationNotFound(id);
		}
		return this.organisations.findById(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

	void requireSupporterChoice(Actor actor, OrganisationId supportedBy) {
		if (supportedBy == null) {
			if (!actor.platformAdmin()) {
				throw new InvalidInput("supportedBy", "organisation.supporterRequired");
			}
			return;
		}
		if (!actor.isMemberOf(supportedBy.value())) {
			throw new InvalidInput("supportedBy", "organisation.supporterNotYours");
		}
		if (!this.organisations.existsById(supportedBy.value())) {
			throw new OrganisationNotFound(supportedBy.value());
		}
	}

	LocalDate today() {
		return this.queries.today();
	}

}
