package eu.mayorsinaction.actionplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.Carrier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Plans and actions in tables action_plan, plan_action and plan_action_saving. */
@Repository
class ActionPlanStore {

	private static final String PLAN_COLUMNS = """
			id, signatory_id, kind, title, commitment_id, approval_date, approving_body, bei_inventory_id, status,
			version, created_at, updated_at""";

	private static final String ACTION_COLUMNS = """
			id, plan_id, signatory_id, field_code, title, key_measure, responsible, start_date, end_date, status,
			estimated_cost_eur, actual_cost_eur, renewable_mwh, co2_reduction_tco2, benchmark_of_excellence, version,
			created_at, updated_at, policy_instrument_code, origin_code, responsible_user_id""";

	private final JdbcClient jdbc;

	ActionPlanStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// Plans

	List<PlanView> plans(long signatoryId) {
		return this.jdbc.sql("select " + PLAN_COLUMNS + " from action_plan where signatory_id = :signatory order by id")
			.param("signatory", signatoryId)
			.query(ActionPlanStore::plan)
			.list();
	}

	Optional<PlanView> plan(long signatoryId, long id) {
		return this.jdbc
			.sql("select " + PLAN_COLUMNS + " from action_plan where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.query(ActionPlanStore::plan)
			.optional();
	}

	long insertPlan(long signatoryId, PlanData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into action_plan (signatory_id, commitment_id, kind, title, approval_date, approving_body,
					  bei_inventory_id, status, version, created_at, updated_at)
					values (:signatory, :commitment, :kind, :title, :approvalDate, :approvingBody, :bei, :status, 0, :now, :now)
					""")
			.param("signatory", signatoryId)
			.params(planParameters(data))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean updatePlan(long signatoryId, long id, int version, PlanData data, Instant now) {
		return this.jdbc.sql("""
				update action_plan set commitment_id = :commitment, kind = :kind, title = :title,
				  approval_date = :approvalDate, approving_body = :approvingBody, bei_inventory_id = :bei,
				  status = :status, version = version + 1, updated_at = :now
				where signatory_id = :signatory and id = :id and version = :version
				""")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.params(planParameters(data))
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void deletePlan(long signatoryId, long id) {
		this.jdbc.sql("delete from action_plan where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.update();
	}

	/** Deletes the plan (with its actions) if the version is still the stored one. */
	boolean deletePlan(long signatoryId, long id, int version) {
		return this.jdbc
			.sql("delete from action_plan where signatory_id = :signatory and id = :id and version = :version")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	/**
	 * What goes with a plan ({@code wholePlan}: its actions) or with one action, counted;
	 * the foreign keys of V9, V11 and V12 delete these rows with it. The monitoring
	 * reports are left at 0: {@link PlanReferences} counts them.
	 */
	DeletionScope deletionScope(long signatoryId, long planId, Long actionId) {
		String actions = "select a.id from plan_action a where a.signatory_id = :signatory and "
				+ ((actionId == null) ? "a.plan_id = :key" : "a.id = :key");
		long key = (actionId == null) ? planId : actionId;
		int editions = count(
				"select count(*) from action_plan_snapshot where signatory_id = :signatory and plan_id = :plan",
				signatoryId, key, planId);
		return new DeletionScope(
				(actionId == null) ? count(actions.replace("select a.id", "select count(*)"), signatoryId, key, planId)
						: 0,
				count(children("action_stakeholder", actions), signatoryId, key, planId),
				count(children("action_milestone", actions), signatoryId, key, planId),
				count(children("action_budget_line", actions), signatoryId, key, planId),
				count(children("action_indicator", actions), signatoryId, key, planId),
				count("select count(*) from action_indicator_value v where v.signatory_id = :signatory and v.indicator_id in "
						+ "(select i.id from action_indicator i where i.signatory_id = :signatory and i.action_id in ("
						+ actions + "))", signatoryId, key, planId),
				count(children("action_evidence", actions), signatoryId, key, planId),
				this.jdbc.sql(
						"select coalesce(sum(size_bytes), 0) from action_evidence where signatory_id = :signatory and action_id in ("
								+ actions + ")")
					.param("signatory", signatoryId)
					.param("key", key)
					.query(Long.class)
					.single(),
				count(children("action_comment", actions), signatoryId, key, planId), editions,
				(editions == 0) ? 0 : count(
						"select coalesce(max(edition), 0) from action_plan_snapshot where signatory_id = :signatory and plan_id = :plan",
						signatoryId, key, planId),
				0);
	}

	private static String children(String table, String actions) {
		return "select count(*) from " + table + " where signatory_id = :signatory and action_id in (" + actions + ")";
	}

	private int count(String sql, long signatoryId, long key, long planId) {
		var statement = this.jdbc.sql(sql).param("signatory", signatoryId);
		if (sql.contains(":key")) {
			statement = statement.param("key", key);
		}
		if (sql.contains(":plan")) {
			statement = statement.param("plan", planId);
		}
		return statement.query(Long.class).single().intValue();
	}

	// Actions

	List<ActionView> actions(long signatoryId, Long planId, FieldOfAction field, ActionStatus status) {
		StringBuilder sql = new StringBuilder(
				"select " + ACTION_COLUMNS + " from plan_action where signatory_id = :signatory");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("signatory", signatoryId);
		if (planId != null) {
			sql.append(" and plan_id = :plan");
			parameters.put("plan", planId);
		}
		if (field != null) {
			sql.append(" and field_code = :field");
			parameters.put("field", field.name());
		}
		if (status != null) {
			sql.append(" and status = :status");
			parameters.put("status", status.name());
		}
		sql.append(" order by plan_id, id");
		List<ActionView> actions = this.jdbc.sql(sql.toString())
			.params(parameters)
			.query(ActionPlanStore::action)
			.list();
		if (actions.isEmpty()) {
			return actions;
		}
		Map<Long, Map<Carrier, Double>> savings = savings(signatoryId);
		return actions.stream().map((action) -> withSavings(action, savings.get(action.id()))).toList();
	}

	Optional<ActionView> action(long signatoryId, long id) {
		return this.jdbc
			.sql("select " + ACTION_COLUMNS + " from plan_action where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.query(ActionPlanStore::action)
			.optional()
			.map((action) -> withSavings(action, savingsOf(signatoryId, id)));
	}

	long insertAction(long signatoryId, ActionData data, FieldOfAction field, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into plan_action (plan_id, signatory_id, field_code, title, key_measure, responsible, start_date,
				  end_date, status, estimated_cost_eur, actual_cost_eur, renewable_mwh, co2_reduction_tco2,
				  benchmark_of_excellence, version, created_at, updated_at, policy_instrument_code, origin_code,
				  responsible_user_id)
				values (:plan, :signatory, :field, :title, :keyMeasure, :responsible, :startDate, :endDate, :status,
				  :estimatedCost, :actualCost, :renewable, :co2, :benchmark, 0, :now, :now, :policyInstrument, :origin,
				  :responsibleUser)
				""")
			.param("signatory", signatoryId)
			.params(actionParameters(data, field))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeSavings(signatoryId, id, data.savings());
		return id;
	}

	boolean updateAction(long signatoryId, long id, int version, ActionData data, FieldOfAction field, Instant now) {
		boolean updated = this.jdbc.sql("""
				update plan_action set plan_id = :plan, field_code = :field, title = :title, key_measure = :keyMeasure,
				  responsible = :responsible, start_date = :startDate, end_date = :endDate, status = :status,
				  estimated_cost_eur = :estimatedCost, actual_cost_eur = :actualCost, renewable_mwh = :renewable,
				  co2_reduction_tco2 = :co2, benchmark_of_excellence = :benchmark, version = version + 1,
				  updated_at = :now, policy_instrument_code = :policyInstrument, origin_code = :origin,
				  responsible_user_id = :responsibleUser
				where signatory_id = :signatory and id = :id and version = :version
				""")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.params(actionParameters(data, field))
			.param("now", Timestamp.from(now))
			.update() == 1;
		if (updated) {
			this.jdbc.sql("delete from plan_action_saving where signatory_id = :signatory and action_id = :id")
				.param("signatory", signatoryId)
				.param("id", id)
				.update();
			writeSavings(signatoryId, id, data.savings());
		}
		return updated;
	}

	void deleteAction(long signatoryId, long id) {
		this.jdbc.sql("delete from plan_action where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.update();
	}

	/** Deletes the action (with its details) if the version is still the stored one. */
	boolean deleteAction(long signatoryId, long id, int version) {
		return this.jdbc
			.sql("delete from plan_action where signatory_id = :signatory and id = :id and version = :version")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.update() == 1;
	}

	boolean updateStatus(long signatoryId, long id, int version, ActionStatus status, Instant now) {
		return this.jdbc.sql("""
				update plan_action set status = :status, version = version + 1, updated_at = :now
				where signatory_id = :signatory and id = :id and version = :version
				""")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	private void writeSavings(long signatoryId, long actionId, Map<Carrier, Double> savings) {
		savings.forEach((carrier, mwh) -> {
			if (mwh != null) {
				this.jdbc
					.sql("insert into plan_action_saving (action_id, signatory_id, carrier, mwh) "
							+ "values (:action, :signatory, :carrier, :mwh)")
					.param("action", actionId)
					.param("signatory", signatoryId)
					.param("carrier", carrier.name())
					.param("mwh", mwh)
					.update();
			}
		});
	}

	private Map<Carrier, Double> savingsOf(long signatoryId, long actionId) {
		Map<Carrier, Double> savings = new EnumMap<>(Carrier.class);
		this.jdbc
			.sql("select carrier, mwh from plan_action_saving where signatory_id = :signatory and action_id = :action")
			.param("signatory", signatoryId)
			.param("action", actionId)
			.query((rs) -> {
				savings.put(Carrier.valueOf(rs.getString(1)), rs.getDouble(2));
			});
		return savings;
	}

	private Map<Long, Map<Carrier, Double>> savings(long signatoryId) {
		Map<Long, Map<Carrier, Double>> savings = new HashMap<>();
		this.jdbc.sql("select action_id, carrier, mwh from plan_action_saving where signatory_id = :signatory")
			.param("signatory", signatoryId)
			.query((rs) -> {
				savings.computeIfAbsent(rs.getLong(1), (id) -> new EnumMap<>(Carrier.class))
					.put(Carrier.valueOf(rs.getString(2)), rs.getDouble(3));
			});
		return savings;
	}

	private static ActionView withSavings(ActionView action, Map<Carrier, Double> savings) {
		Map<Carrier, Double> copy = (savings == null) ? Map.of()
				: java.util.Collections.unmodifiableMap(new EnumMap<>(savings));
		return new ActionView(action.id(), action.planId(), action.signatoryId(), action.field(), action.title(),
				action.keyMeasure(), action.responsible(), action.startDate(), action.endDate(), action.status(),
				action.estimatedCostEur(), action.actualCostEur(), copy, action.renewableMwh(), action.co2Reduction(),
				action.benchmarkOfExcellence(), action.version(), action.createdAt(), action.updatedAt(),
				action.policyInstrumentCode(), action.originCode(), action.responsibleUserId());
	}

	private static Map<String, Object> planParameters(PlanData data) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("commitment", data.commitmentId());
		parameters.put("kind", data.kind().name());
		parameters.put("title", data.title().trim());
		parameters.put("approvalDate", date(data.approvalDate()));
		parameters.put("approvingBody", blankToNull(data.approvingBody()));
		parameters.put("bei", data.beiInventoryId());
		parameters.put("status", data.status().name());
		return parameters;
	}

	private static Map<String, Object> actionParameters(ActionData data, FieldOfAction field) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("plan", data.planId());
		parameters.put("field", field.name());
		parameters.put("title", data.title().trim());
		parameters.put("keyMeasure", data.keyMeasure());
		parameters.put("responsible", blankToNull(data.responsible()));
		parameters.put("startDate", date(data.startDate()));
		parameters.put("endDate", date(data.endDate()));
		parameters.put("status", data.status().name());
		parameters.put("estimatedCost", data.estimatedCostEur());
		parameters.put("actualCost", data.actualCostEur());
		parameters.put("renewable", data.renewableMwh());
		parameters.put("co2", data.co2Reduction());
		parameters.put("benchmark", data.benchmarkOfExcellence());
		parameters.put("policyInstrument", blankToNull(data.policyInstrumentCode()));
		parameters.put("origin", blankToNull(data.originCode()));
		parameters.put("responsibleUser", data.responsibleUserId());
		return parameters;
	}

	private static PlanView plan(ResultSet rs, int row) throws SQLException {
		return new PlanView(rs.getLong("id"), rs.getLong("signatory_id"), PlanKind.valueOf(rs.getString("kind")),
				rs.getString("title"), nullableLong(rs, "commitment_id"), localDate(rs, "approval_date"),
				rs.getString("approving_body"), nullableLong(rs, "bei_inventory_id"),
				PlanStatus.valueOf(rs.getString("status")), rs.getInt("version"), instant(rs, "created_at"),
				instant(rs, "updated_at"));
	}

	private static ActionView action(ResultSet rs, int row) throws SQLException {
		return new ActionView(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("signatory_id"),
				FieldOfAction.valueOf(rs.getString("field_code")), rs.getString("title"), rs.getBoolean("key_measure"),
				rs.getString("responsible"), localDate(rs, "start_date"), localDate(rs, "end_date"),
				ActionStatus.valueOf(rs.getString("status")), nullableDouble(rs, "estimated_cost_eur"),
				nullableDouble(rs, "actual_cost_eur"), Map.of(), nullableDouble(rs, "renewable_mwh"),
				nullableDouble(rs, "co2_reduction_tco2"), rs.getBoolean("benchmark_of_excellence"),
				rs.getInt("version"), instant(rs, "created_at"), instant(rs, "updated_at"),
				rs.getString("policy_instrument_code"), rs.getString("origin_code"),
				nullableLong(rs, "responsible_user_id"));
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static Date date(LocalDate date) {
		return (date != null) ? Date.valueOf(date) : null;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
