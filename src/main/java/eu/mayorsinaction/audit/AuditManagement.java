package eu.mayorsinaction.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.PageResult;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit module's public service: records every {@link Audited} event in the
 * transaction of the change itself (a change that rolls back leaves no entry), lets
 * admins browse and filter the trail, gives the history of one object to those who may
 * see it, and pseudonymises an erased person.
 */
@Service
@Transactional
public class AuditManagement {

	/** A history shows at most this many entries, the newest. */
	public static final int HISTORY_LIMIT = 200;

	/** The action recorded when a person starts viewing the platform as a signatory. */
	public static final String VIEW_AS_STARTED = "VIEW_AS_STARTED";

	/** The action recorded when a person stops viewing the platform as a signatory. */
	public static final String VIEW_AS_ENDED = "VIEW_AS_ENDED";

	private final AuditEntryRepository entries;

	private final JdbcClient jdbc;

	private final Optional<AuditActorNames> names;

	private final Clock clock;

	AuditManagement(AuditEntryRepository entries, JdbcClient jdbc, Optional<AuditActorNames> names,
			Optional<Clock> clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.names = names;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRED)
	public void on(Audited event) {
		AuditEntry entry = new AuditEntry();
		entry.occurredAt = this.clock.instant();
		Actor actor = event.actor();
		if (actor != null && actor.userId() != null) {
			entry.actorUserId = actor.userId();
			entry.actorName = this.names.flatMap((n) -> n.nameOf(actor.userId())).orElse(null);
			entry.viewingAsSignatoryId = actor.viewingAsSignatoryId();
		}
		entry.action = event.action();
		entry.objectType = event.objectType();
		entry.objectId = event.objectId();
		entry.objectLabel = truncate(event.objectLabel(), 300);
		entry.signatoryId = event.signatoryId();
		entry.organisationId = event.organisationId();
		entry.beforeState = AuditJson.write(event.before());
		entry.afterState = AuditJson.write(event.after());
		entry.detail = truncate(event.detail(), 1000);
		this.entries.save(entry);
	}

	/** The whole trail, filtered and newest first: platform admins only. */
	@Transactional(readOnly = true)
	public PageResult<AuditEntryView> find(Actor actor, AuditQuery query, int page, int size) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (query.action() != null && !query.action().isBlank()) {
			conditions.add("action = :action");
			params.put("action", query.action());
		}
		if (query.objectType() != null && !query.objectType().isBlank()) {
			conditions.add("object_type = :objectType");
			params.put("objectType", query.objectType());
		}
		if (query.actorUserId() != null) {
			conditions.add("actor_user_id = :actor");
			params.put("actor", query.actorUserId());
		}
		if (query.signatoryId() != null) {
			conditions.add("signatory_id = :signatory");
			params.put("signatory", query.signatoryId());
		}
		ZoneId zone = this.clock.getZone();
		if (query.from() != null) {
			conditions.add("occurred_at >= :from");
			params.put("from", query.from().atStartOfDay(zone).toOffsetDateTime());
		}
		if (query.to() != null) {
			conditions.add("occurred_at < :to");
			params.put("to", query.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
		if (query.person() != null && !query.person().isBlank()) {
			String person = query.person().strip();
			if (person.chars().allMatch(Character::isDigit) && person.length() < 19) {
				conditions.add("actor_user_id = :personId");
				params.put("personId", Long.parseLong(person));
			}
			else {
				conditions.add("lower(coalesce(actor_name, '')) like :person escape '\\'");
				params.put("person", like(person));
			}
		}
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("(lower(coalesce(actor_name, '')) like :text escape '\\'"
					+ " or lower(coalesce(object_label, '')) like :text escape '\\'"
					+ " or lower(coalesce(detail, '')) like :text escape '\\'"
					+ " or lower(coalesce(before_state, '')) like :text escape '\\'"
					+ " or lower(coalesce(after_state, '')) like :text escape '\\')");
			params.put("text", like(query.text()));
		}
		int safeSize = Math.min(Math.max(size, 1), 200);
		int safePage = Math.max(page, 0);
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from audit_entry" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", safeSize);
		params.put("offset", (long) safePage * safeSize);
		List<Long> ids = this.jdbc
			.sql("select id from audit_entry" + where
					+ " order by occurred_at desc, id desc limit :limit offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		return new PageResult<>(load(ids), safePage, safeSize, total);
	}

	/**
	 * The history of one object, newest first. The caller has checked that the person may
	 * see the object.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(String objectType, long objectId) {
		List<Long> ids = this.jdbc
			.sql("select id from audit_entry where object_type = :type and object_id = :id"
					+ " order by occurred_at desc, id desc limit " + HISTORY_LIMIT)
			.param("type", objectType)
			.param("id", objectId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * The history of a signatory and of everything that belongs to it (its commitments,
	 * support relations, visits of people viewing the platform as it), newest first. The
	 * caller has checked that the person may see the signatory.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> historyOfSignatory(long signatoryId) {
		List<Long> ids = this.jdbc.sql(
				"select id from audit_entry where signatory_id = :id or (object_type = 'SIGNATORY' and object_id = :id)"
						+ " order by occurred_at desc, id desc limit " + HISTORY_LIMIT)
			.param("id", signatoryId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * The history of an organisation's own record, newest first (not of the signatories
	 * it supports, which a person who sees the organisation need not see). The caller has
	 * checked that the person may see the organisation.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> historyOfOrganisation(long organisationId) {
		return history("ORGANISATION", organisationId);
	}

	/** The action codes recorded so far, for the audit page's filter: admins only. */
	@Transactional(readOnly = true)
	public List<String> actions(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		return this.jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
	}

	/** The object types recorded so far, for the audit page's filter: admins only. */
	@Transactional(readOnly = true)
	public List<String> objectTypes(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		return this.jdbc
			.sql("select distinct object_type from audit_entry where object_type is not null order by object_type")
			.query(String.class)
			.list();
	}

	/**
	 * Everything the trail holds about one person's own actions, for their data export.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> actionsBy(long userId) {
		List<Long> ids = this.jdbc
			.sql("select id from audit_entry where actor_user_id = :user order by occurred_at desc, id desc")
			.param("user", userId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * Replaces a person's name and identifiers (e.g. e-mail address) in the trail by a
	 * pseudonym; the business facts stay.
	 */
	public void pseudonymise(long userId, String pseudonym, List<String> identifiers) {
		for (AuditEntry entry : this.entries.findAllById(this.jdbc.sql(
				"select id from audit_entry where actor_user_id = :user or (object_type = 'USER' and object_id = :user)")
			.param("user", userId)
			.query(Long.class)
			.list())) {
			if (userId == (entry.actorUserId != null ? entry.actorUserId : -1)) {
				entry.actorName = pseudonym;
			}
			entry.objectLabel = scrub(entry.objectLabel, identifiers, pseudonym);
			entry.beforeState = scrub(entry.beforeState, identifiers, pseudonym);
			entry.afterState = scrub(entry.afterState, identifiers, pseudonym);
			entry.detail = scrub(entry.detail, identifiers, pseudonym);
			this.entries.save(entry);
		}
	}

	/**
	 * Everything the trail holds about one person's account (entries on the object
	 * {@code USER} with their id), newest first, for their data export.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> aboutPerson(long userId) {
		List<Long> ids = this.jdbc
			.sql("select id from audit_entry where object_type = 'USER' and object_id = :user"
					+ " order by occurred_at desc, id desc")
			.param("user", userId)
			.query(Long.class)
			.list();
		return load(ids);
	}

	/**
	 * Replaces an identifier that names one person and nobody else (an e-mail address)
	 * wherever it appears in the trail, e.g. in entries about invitations or failed
	 * sign-ins that are not linked to the account.
	 */
	public void pseudonymiseEverywhere(String identifier, String pseudonym) {
		if (identifier == null || identifier.isBlank()) {
			return;
		}
		String pattern = "%" + identifier.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		List<Long> ids = this.jdbc
			.sql("select id from audit_entry where actor_name like :p escape '\\'"
					+ " or object_label like :p escape '\\' or before_state like :p escape '\\'"
					+ " or after_state like :p escape '\\' or detail like :p escape '\\'")
			.param("p", pattern)
			.query(Long.class)
			.list();
		List<String> identifiers = List.of(identifier);
		for (AuditEntry entry : this.entries.findAllById(ids)) {
			entry.actorName = scrub(entry.actorName, identifiers, pseudonym);
			entry.objectLabel = scrub(entry.objectLabel, identifiers, pseudonym);
			entry.beforeState = scrub(entry.beforeState, identifiers, pseudonym);
			entry.afterState = scrub(entry.afterState, identifiers, pseudonym);
			entry.detail = scrub(entry.detail, identifiers, pseudonym);
			this.entries.save(entry);
		}
	}

	private List<AuditEntryView> load(List<Long> ids) {
		Map<Long, AuditEntry> byId = new HashMap<>();
		this.entries.findAllById(ids).forEach((e) -> byId.put(e.id, e));
		Map<Long, String> viewedNames = viewedNames(
				byId.values().stream().map((e) -> e.viewingAsSignatoryId).filter(Objects::nonNull).toList());
		return ids.stream()
			.map(byId::get)
			.map((e) -> e.toView((e.viewingAsSignatoryId != null) ? viewedNames.get(e.viewingAsSignatoryId) : null))
			.toList();
	}

	/**
	 * The names of signatories viewed as, from the trail itself: each visit starts with
	 * an entry that names the signatory, so the audit module needs no other module.
	 */
	private Map<Long, String> viewedNames(Collection<Long> signatoryIds) {
		Map<Long, String> names = new HashMap<>();
		if (signatoryIds.isEmpty()) {
			return names;
		}
		this.jdbc
			.sql("select object_id, object_label from audit_entry where action = :action and object_type = 'SIGNATORY'"
					+ " and object_id in (:ids) order by id")
			.param("action", VIEW_AS_STARTED)
			.param("ids", new java.util.HashSet<>(signatoryIds))
			.query((rs, row) -> Map.entry(rs.getLong(1), String.valueOf(rs.getString(2))))
			.list()
			.forEach((entry) -> names.put(entry.getKey(), entry.getValue()));
		return names;
	}

	private static String like(String text) {
		String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
		return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String scrub(String text, List<String> identifiers, String pseudonym) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String identifier : identifiers) {
			if (identifier != null && !identifier.isBlank()) {
				result = result.replace(identifier, pseudonym);
			}
		}
		return result;
	}

	private static String truncate(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
