package eu.mayorsinaction.actionplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The details of actions: code lists (action_code) and the action's children
 * (action_stakeholder, action_milestone, action_budget_line, action_indicator(_value),
 * action_evidence, action_comment). Every child query is narrowed to the signatory.
 */
@Repository
class ActionDetailStore {

	private final JdbcClient jdbc;

	ActionDetailStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Code lists

	List<ActionCodeView> codes(ActionCodeList list) {
		return this.jdbc
			.sql("select id, code_list, code, label, active from action_code where code_list = :list order by code")
			.param("list", list.name())
			.query(ActionDetailStore::code)
			.list();
	}

	Optional<ActionCodeView> code(long id) {
		return this.jdbc.sql("select id, code_list, code, label, active from action_code where id = :id")
			.param("id", id)
			.query(ActionDetailStore::code)
			.optional();
	}

	Optional<ActionCodeView> code(ActionCodeList list, String code) {
		return this.jdbc
			.sql("select id, code_list, code, label, active from action_code where code_list = :list and code = :code")
			.param("list", list.name())
			.param("code", code)
			.query(ActionDetailStore::code)
			.optional();
	}

	long insertCode(ActionCodeList list, String code, String label, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_code (code_list, code, label, active, created_at, updated_at)
				values (:list, :code, :label, true, :now, :now)
				""")
			.param("list", list.name())
			.param("code", code)
			.param("label", label)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	void updateCode(long id, String label, boolean active, Instant now) {
		this.jdbc.sql("update action_code set label = :label, active = :active, updated_at = :now where id = :id")
			.param("id", id)
			.param("label", label)
			.param("active", active)
			.param("now", Timestamp.from(now))
			.update();
	}

	// Stakeholders

	List<StakeholderView> stakeholders(long signatoryId, long actionId) {
		return this.jdbc.sql("""
				select id, action_id, name, role, contact from action_stakeholder
				where signatory_id = :signatory and action_id = :action order by id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs, row) -> new StakeholderView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	long insertStakeholder(long signatoryId, long actionId, StakeholderData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_stakeholder (action_id, signatory_id, name, role, contact, created_at)
				values (:action, :signatory, :name, :role, :contact, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.param("name", data.name().trim())
			.param("role", blankToNull(data.role()))
			.param("contact", blankToNull(data.contact()))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updateStakeholder(long signatoryId, long actionId, long id, StakeholderData data) {
		return this.jdbc.sql("""
				update action_stakeholder set name = :name, role = :role, contact = :contact
				where signatory_id = :signatory and action_id = :action and id = :id""")
			.params(child(signatoryId, actionId, id))
			.param("name", data.name().trim())
			.param("role", blankToNull(data.role()))
			.param("contact", blankToNull(data.contact()))
			.update() == 1;
	}

	// Milestones

	private static final String MILESTONE_COLUMNS = """
			id, action_id, title, due_date, responsible_user_id, responsible_name, done, done_date""";

	List<MilestoneView> milestones(long signatoryId, long actionId) {
		return this.jdbc
			.sql("select " + MILESTONE_COLUMNS + " from action_milestone"
					+ " where signatory_id = :signatory and action_id = :action order by due_date, id")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query(ActionDetailStore::milestone)
			.list();
	}

	long insertMilestone(long signatoryId, long actionId, MilestoneData data, LocalDate doneDate, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_milestone (action_id, signatory_id, title, due_date, responsible_user_id,
				  responsible_name, done, done_date, created_at)
				values (:action, :signatory, :title, :due, :user, :name, :done, :doneDate, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.params(milestoneParameters(data, doneDate))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updateMilestone(long signatoryId, long actionId, long id, MilestoneData data, LocalDate doneDate) {
		return this.jdbc.sql("""
				update action_milestone set title = :title, due_date = :due, responsible_user_id = :user,
				  responsible_name = :name, done = :done, done_date = :doneDate
				where signatory_id = :signatory and action_id = :action and id = :id""")
			.params(child(signatoryId, actionId, id))
			.params(milestoneParameters(data, doneDate))
			.update() == 1;
	}

	/**
	 * Open milestones assigned to the person (signatory name and overdue flag left for
	 * the caller).
	 */
	List<TaskView> openMilestonesOf(long userId) {
		return this.jdbc.sql("""
				select m.id, m.action_id, m.signatory_id, m.title, m.due_date, a.title
				from action_milestone m join plan_action a on a.id = m.action_id
				where m.responsible_user_id = :user and m.done = false order by m.due_date, m.id""")
			.param("user", userId)
			.query((rs, row) -> new TaskView("MILESTONE", rs.getLong(3), null, rs.getLong(2), rs.getString(6),
					rs.getLong(1), rs.getString(4), rs.getDate(5).toLocalDate(), false))
			.list();
	}

	/**
	 * Actions the person is responsible for that are neither completed nor cancelled, due
	 * at their end date.
	 */
	List<TaskView> actionsOf(long userId) {
		return this.jdbc.sql("""
				select id, signatory_id, title, end_date from plan_action
				where responsible_user_id = :user and status not in ('COMPLETED', 'CANCELLED') order by end_date, id""")
			.param("user", userId)
			.query((rs, row) -> {
				Date end = rs.getDate(4);
				return new TaskView("ACTION", rs.getLong(2), null, rs.getLong(1), rs.getString(3), null,
						rs.getString(3), (end != null) ? end.toLocalDate() : null, false);
			})
			.list();
	}

	// Budget lines

	List<BudgetLineView> budgetLines(long signatoryId, long actionId) {
		return this.jdbc.sql("""
				select id, action_id, budget_year, kind, planned_eur, actual_eur, funding_source
				from action_budget_line where signatory_id = :signatory and action_id = :action
				order by budget_year, kind, id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs, row) -> new BudgetLineView(rs.getLong(1), rs.getLong(2), rs.getInt(3),
					BudgetKind.valueOf(rs.getString(4)), nullableDouble(rs, 5), nullableDouble(rs, 6), rs.getString(7)))
			.list();
	}

	long insertBudgetLine(long signatoryId, long actionId, BudgetLineData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_budget_line (action_id, signatory_id, budget_year, kind, planned_eur, actual_eur,
				  funding_source, created_at)
				values (:action, :signatory, :year, :kind, :planned, :actual, :funding, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.params(budgetParameters(data))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updateBudgetLine(long signatoryId, long actionId, long id, BudgetLineData data) {
		return this.jdbc.sql("""
				update action_budget_line set budget_year = :year, kind = :kind, planned_eur = :planned,
				  actual_eur = :actual, funding_source = :funding
				where signatory_id = :signatory and action_id = :action and id = :id""")
			.params(child(signatoryId, actionId, id))
			.params(budgetParameters(data))
			.update() == 1;
	}

	// Indicators

	List<IndicatorView> indicators(long signatoryId, long actionId) {
		List<IndicatorView> indicators = this.jdbc.sql("""
				select id, action_id, name, unit, target_value from action_indicator
				where signatory_id = :signatory and action_id = :action order by id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs, row) -> new IndicatorView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					nullableDouble(rs, 5), new ArrayList<>()))
			.list();
		Map<Long, IndicatorView> byId = new LinkedHashMap<>();
		indicators.forEach((indicator) -> byId.put(indicator.id(), indicator));
		this.jdbc.sql("""
				select v.id, v.indicator_id, v.value_date, v.measured, v.note from action_indicator_value v
				join action_indicator i on i.id = v.indicator_id
				where i.signatory_id = :signatory and i.action_id = :action order by v.value_date, v.id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs) -> {
				IndicatorView indicator = byId.get(rs.getLong(2));
				if (indicator != null) {
					indicator.values()
						.add(new IndicatorView.Value(rs.getLong(1), rs.getDate(3).toLocalDate(), rs.getDouble(4),
								rs.getString(5)));
				}
			});
		return indicators.stream()
			.map((i) -> new IndicatorView(i.id(), i.actionId(), i.name(), i.unit(), i.targetValue(),
					List.copyOf(i.values())))
			.toList();
	}

	long insertIndicator(long signatoryId, long actionId, IndicatorData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_indicator (action_id, signatory_id, name, unit, target_value, created_at)
				values (:action, :signatory, :name, :unit, :target, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.param("name", data.name().trim())
			.param("unit", data.unit().trim())
			.param("target", data.targetValue())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updateIndicator(long signatoryId, long actionId, long id, IndicatorData data) {
		return this.jdbc.sql("""
				update action_indicator set name = :name, unit = :unit, target_value = :target
				where signatory_id = :signatory and action_id = :action and id = :id""")
			.params(child(signatoryId, actionId, id))
			.param("name", data.name().trim())
			.param("unit", data.unit().trim())
			.param("target", data.targetValue())
			.update() == 1;
	}

	long insertIndicatorValue(long signatoryId, long indicatorId, IndicatorValueData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_indicator_value (indicator_id, signatory_id, value_date, measured, note, created_at)
				values (:indicator, :signatory, :date, :value, :note, :now)""")
			.param("indicator", indicatorId)
			.param("signatory", signatoryId)
			.param("date", Date.valueOf(data.date()))
			.param("value", data.value())
			.param("note", blankToNull(data.note()))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean deleteIndicatorValue(long signatoryId, long indicatorId, long id) {
		return this.jdbc.sql("""
				delete from action_indicator_value
				where signatory_id = :signatory and indicator_id = :indicator and id = :id""")
			.param("signatory", signatoryId)
			.param("indicator", indicatorId)
			.param("id", id)
			.update() == 1;
	}

	// Evidence

	List<EvidenceView> evidence(long signatoryId, long actionId) {
		return this.jdbc.sql("""
				select id, action_id, file_name, content_type, size_bytes, uploaded_by, uploaded_at
				from action_evidence where signatory_id = :signatory and action_id = :action order by id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs, row) -> new EvidenceView(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), nullableLong(rs, 6), null, rs.getTimestamp(7).toInstant()))
			.list();
	}

	Optional<EvidenceFile> evidenceFile(long signatoryId, long actionId, long id) {
		return this.jdbc.sql("""
				select file_name, content_type, content from action_evidence
				where signatory_id = :signatory and action_id = :action and id = :id""")
			.params(child(signatoryId, actionId, id))
			.query((rs, row) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	long insertEvidence(long signatoryId, long actionId, String fileName, String contentType, byte[] content,
			Long uploadedBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_evidence (action_id, signatory_id, file_name, content_type, size_bytes, content,
				  uploaded_by, uploaded_at)
				values (:action, :signatory, :name, :type, :size, :content, :by, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.param("name", fileName)
			.param("type", contentType)
			.param("size", (long) content.length)
			.param("content", content)
			.param("by", uploadedBy)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	// Comments

	List<CommentView> comments(long signatoryId, long actionId) {
		return this.jdbc.sql("""
				select id, action_id, author_user_id, author_name, body, created_at from action_comment
				where signatory_id = :signatory and action_id = :action order by created_at, id""")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs, row) -> new CommentView(rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant()))
			.list();
	}

	long insertComment(long signatoryId, long actionId, Long authorUserId, String authorName, String text,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_comment (action_id, signatory_id, author_user_id, author_name, body, created_at)
				values (:action, :signatory, :author, :name, :body, :now)""")
			.param("action", actionId)
			.param("signatory", signatoryId)
			.param("author", authorUserId)
			.param("name", authorName)
			.param("body", text.trim())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	// Any child

	/** Deletes a child row of the action; {@code table} is one of this store's tables. */
	boolean delete(Child table, long signatoryId, long actionId, long id) {
		return this.jdbc
			.sql("delete from " + table.table + " where signatory_id = :signatory and action_id = :action and id = :id")
			.params(child(signatoryId, actionId, id))
			.update() == 1;
	}

	/** The children of an action, by table. */
	enum Child {

		STAKEHOLDER("action_stakeholder"), MILESTONE("action_milestone"), BUDGET("action_budget_line"),
		INDICATOR("action_indicator"), EVIDENCE("action_evidence"), COMMENT("action_comment");

		private final String table;

		Child(String table) {
			this.table = table;
		}

	}

	private static Map<String, Object> child(long signatoryId, long actionId, long id) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("signatory", signatoryId);
		parameters.put("action", actionId);
		parameters.put("id", id);
		return parameters;
	}

	private static Map<String, Object> milestoneParameters(MilestoneData data, LocalDate doneDate) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("title", data.title().trim());
		parameters.put("due", Date.valueOf(data.dueDate()));
		parameters.put("user", data.responsibleUserId());
		parameters.put("name", blankToNull(data.responsibleName()));
		parameters.put("done", Boolean.TRUE.equals(data.done()));
		parameters.put("doneDate", (doneDate != null) ? Date.valueOf(doneDate) : null);
		return parameters;
	}

	private static Map<String, Object> budgetParameters(BudgetLineData data) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("year", data.year());
		parameters.put("kind", data.kind().name());
		parameters.put("planned", data.plannedEur());
		parameters.put("actual", data.actualEur());
		parameters.put("funding", blankToNull(data.fundingSource()));
		return parameters;
	}

	private static ActionCodeView code(ResultSet rs, int row) throws SQLException {
		return new ActionCodeView(rs.getLong("id"), ActionCodeList.valueOf(rs.getString("code_list")),
				rs.getString("code"), rs.getString("label"), rs.getBoolean("active"));
	}

	private static MilestoneView milestone(ResultSet rs, int row) throws SQLException {
		Date done = rs.getDate("done_date");
		return new MilestoneView(rs.getLong("id"), rs.getLong("action_id"), rs.getString("title"),
				rs.getDate("due_date").toLocalDate(), nullableLong(rs, "responsible_user_id"), null,
				rs.getString("responsible_name"), rs.getBoolean("done"), (done != null) ? done.toLocalDate() : null);
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
