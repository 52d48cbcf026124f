package eu.mayorsinaction.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.PageResult;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads for lists and figures, with the tenant filter written once: a person sees the
 * signatories they hold a role on and those an organisation of theirs supports today.
 */
@Component
class SignatoryQueries {

	private static final Map<String, String> SORTS = Map.of("name", "lower(s.name)", "country", "s.country",
			"population", "s.population", "adhesion", "s.adhesion_date", "status", "s.status");

	private final JdbcClient jdbc;

	private final SignatoryRepository signatories;

	private final java.time.Clock clock;

	SignatoryQueries(JdbcClient jdbc, SignatoryRepository signatories, java.util.Optional<java.time.Clock> clock) {
		this.jdbc = jdbc;
		this.signatories = signatories;
		this.clock = clock.orElse(java.time.Clock.systemDefaultZone());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * SQL condition on alias {@code s} selecting the signatories the actor may see, with
	 * its parameters.
	 */
	String visibleCondition(Actor actor, Map<String, Object> params) {
		if (actor.platformAdmin()) {
			return "1 = 1";
		}
		params.put("viewable", nonEmpty(actor.viewableSignatoryIds()));
		params.put("memberOrgs", nonEmpty(actor.memberOrganisationIds()));
		params.put("today", today());
		// "in (subquery)", not a correlated "exists": H2 then reads the support relations
		// once per query instead of once per signatory.
		return "(s.id in (:viewable) or s.id in (select r.signatory_id from support_relation r"
				+ " where r.organisation_id in (:memberOrgs) and r.since <= :today"
				+ " and (r.until is null or r.until >= :today)))";
	}

	/** {@code in ()} is not valid SQL: an id that never exists stands for "none". */
	static Set<Long> nonEmpty(Set<Long> ids) {
		return ids.isEmpty() ? Set.of(-1L) : ids;
	}

	boolean isVisible(Actor actor, long signatoryId) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("id", signatoryId);
		String sql = "select count(*) from signatory s where s.id = :id and " + visibleCondition(actor, params);
		return this.jdbc.sql(sql).params(params).query(Long.class).single() > 0;
	}

	/** Those of the ids the person may see, in one query. */
	List<Long> visibleAmong(Actor actor, java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("ids", ids);
		String sql = "select s.id from signatory s where s.id in (:ids) and " + visibleCondition(actor, params);
		return this.jdbc.sql(sql).params(params).query(Long.class).list();
	}

	boolean isSupportedByMember(Actor actor, long signatoryId) {
		if (actor.memberOrganisationIds().isEmpty()) {
			return false;
		}
		return this.jdbc
			.sql("select count(*) from support_relation r where r.signatory_id = :id and r.organisation_id in (:orgs)"
					+ " and r.since <= :today and (r.until is null or r.until >= :today)")
			.param("id", signatoryId)
			.param("orgs", actor.memberOrganisationIds())
			.param("today", today())
			.query(Long.class)
			.single() > 0;
	}

	PageResult<SignatoryView> find(Actor actor, SignatoryQuery query, int page, int size) {
		Map<String, Object> params = new java.util.HashMap<>();
		String where = where(actor, query, params);
		long total = this.jdbc.sql("select count(*) from signatory s" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", size);
		params.put("offset", (long) page * size);
		List<Long> ids = this.jdbc
			.sql("select s.id from signatory s" + where + " order by " + orderBy(query.sort())
					+ ", s.id limit :limit offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		return new PageResult<>(views(ids), page, size, total);
	}

	/** All signatories that match, without paging (for overviews over one supporter). */
	List<SignatoryView> findAll(Actor actor, SignatoryQuery query) {
		Map<String, Object> params = new java.util.HashMap<>();
		String where = where(actor, query, params);
		return views(
				this.jdbc.sql("select s.id from signatory s" + where + " order by " + orderBy(query.sort()) + ", s.id")
					.params(params)
					.query(Long.class)
					.list());
	}

	private List<SignatoryView> views(List<Long> ids) {
		Map<Long, Signatory> byId = new java.util.HashMap<>();
		this.signatories.findAllById(ids).forEach((signatory) -> byId.put(signatory.id, signatory));
		return ids.stream().map(byId::get).map(Signatory::toView).toList();
	}

	private String where(Actor actor, SignatoryQuery query, Map<String, Object> params) {
		List<String> conditions = new ArrayList<>();
		conditions.add(visibleCondition(actor, params));
		if (query.text() != null && !query.text().isBlank()) {
			conditions.add("(lower(s.name) like :text or lower(coalesce(s.region, '')) like :text)");
			params.put("text", "%" + escapeLike(query.text().strip().toLowerCase(java.util.Locale.ROOT)) + "%");
		}
		if (query.country() != null && !query.country().isBlank()) {
			conditions.add("s.country = :country");
			params.put("country", query.country());
		}
		if (query.status() != null) {
			conditions.add("s.status = :status");
			params.put("status", query.status().name());
		}
		if (query.supporterId() != null) {
			conditions.add("s.id in (select q.signatory_id from support_relation q"
					+ " where q.organisation_id = :supporter and q.since <= :supportDay"
					+ " and (q.until is null or q.until >= :supportDay))");
			params.put("supporter", query.supporterId());
			params.put("supportDay", today());
		}
		return " where " + String.join(" and ", conditions);
	}

	static String orderBy(String sort) {
		if (sort == null || sort.isBlank()) {
			return SORTS.get("name");
		}
		boolean descending = sort.startsWith("-");
		String column = SORTS.getOrDefault(descending ? sort.substring(1) : sort, SORTS.get("name"));
		return column + (descending ? " desc" : " asc");
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	PlatformFigures figures(Actor actor) {
		Map<String, Object> params = new java.util.HashMap<>();
		String visible = visibleCondition(actor, params);
		params.put("day", today());
		List<PlatformFigures.CountryFigures> byCountry = this.jdbc
			.sql("select s.country, count(*) as signatories, coalesce(sum(s.population), 0) as population,"
					+ " (select count(distinct r.organisation_id) from support_relation r join signatory t"
					+ " on t.id = r.signatory_id where t.country = s.country and r.since <= :day"
					+ " and (r.until is null or r.until >= :day)) as supporters" + " from signatory s where " + visible
					+ " group by s.country order by count(*) desc, s.country")
			.params(params)
			.query((rs, row) -> new PlatformFigures.CountryFigures(rs.getString("country"), rs.getLong("signatories"),
					rs.getLong("population"), rs.getLong("supporters")))
			.list();
		long withoutPopulation = this.jdbc
			.sql("select count(*) from signatory s where s.population is null and " + visible)
			.params(params)
			.query(Long.class)
			.single();
		long signatories = byCountry.stream().mapToLong(PlatformFigures.CountryFigures::signatories).sum();
		long population = byCountry.stream().mapToLong(PlatformFigures.CountryFigures::populationCovered).sum();
		return new PlatformFigures(signatories, population, withoutPopulation, byCountry);
	}

	Set<Long> visibleOrganisationIds(Actor actor) {
		Set<Long> ids = new HashSet<>(actor.memberOrganisationIds());
		if (!actor.viewableSignatoryIds().isEmpty()) {
			ids.addAll(this.jdbc
				.sql("select distinct organisation_id from support_relation where signatory_id in (:ids)"
						+ " and since <= :today and (until is null or until >= :today)")
				.param("ids", actor.viewableSignatoryIds())
				.param("today", today())
				.query(Long.class)
				.list());
		}
		return ids;
	}

	List<SupportView> supports(String condition, Map<String, Object> params) {
		LocalDate today = today();
		return this.jdbc
			.sql("select r.id, r.organisation_id, o.name as organisation_name, o.kind, r.signatory_id,"
					+ " s.name as signatory_name, r.since, r.until from support_relation r"
					+ " join organisation o on o.id = r.organisation_id join signatory s on s.id = r.signatory_id"
					+ " where " + condition + " order by r.since desc, r.id desc")
			.params(params)
			.query((rs, row) -> {
				LocalDate since = rs.getObject("since", LocalDate.class);
				LocalDate until = rs.getObject("until", LocalDate.class);
				boolean active = !since.isAfter(today) && (until == null || !until.isBefore(today));
				return new SupportView(rs.getLong("id"), rs.getLong("organisation_id"),
						rs.getString("organisation_name"), OrganisationKind.valueOf(rs.getString("kind")),
						rs.getLong("signatory_id"), rs.getString("signatory_name"), since, until, active);
			})
			.list();
	}

}
