package eu.mayorsinaction.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import eu.mayorsinaction.actionplan.PlanReferences;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Monitoring reports in table monitoring_report; the frozen actions as JSON text. */
@Repository
class ReportStore implements PlanReferences {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COLUMNS = """
			id, signatory_id, commitment_id, plan_id, type, mei_inventory_id, title, status, coordinator_comment,
			covenant_submission_date, content, version, created_at, updated_at""";

	private final JdbcClient jdbc;

	ReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * For the plan's deletion page: the reports are kept, their plan_id set null (V13).
	 */
	@Override
	public int monitoringReportsNaming(long signatoryId, long planId) {
		return this.jdbc
			.sql("select count(*) from monitoring_report where signatory_id = :signatory and plan_id = :plan")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	List<ReportView> reports(long signatoryId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from monitoring_report where signatory_id = :signatory order by created_at, id")
			.param("signatory", signatoryId)
			.query(ReportStore::report)
			.list();
	}

	/** Reports of several signatories (for an overview), in no particular order. */
	List<ReportView> reportsOf(java.util.Collection<Long> signatoryIds) {
		if (signatoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from monitoring_report where signatory_id in (:signatories)")
			.param("signatories", signatoryIds)
			.query(ReportStore::report)
			.list();
	}

	Optional<ReportView> report(long signatoryId, long id) {
		return this.jdbc
			.sql("select " + COLUMNS + " from monitoring_report where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.query(ReportStore::report)
			.optional();
	}

	long insert(long signatoryId, ReportData data, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into monitoring_report (signatory_id, commitment_id, plan_id, type, mei_inventory_id, title,
				  status, version, created_at, updated_at)
				values (:signatory, :commitment, :plan, :type, :mei, :title, 'DRAFT', 0, :now, :now)
				""")
			.param("signatory", signatoryId)
			.param("commitment", data.commitmentId())
			.param("plan", data.planId())
			.param("type", data.type().name())
			.param("mei", data.meiInventoryId())
			.param("title", data.title().trim())
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	boolean update(long signatoryId, long id, int version, ReportData data, Instant now) {
		return this.jdbc.sql("""
				update monitoring_report set commitment_id = :commitment, plan_id = :plan, type = :type,
				  mei_inventory_id = :mei, title = :title, version = version + 1, updated_at = :now
				where signatory_id = :signatory and id = :id and version = :version
				""")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.param("commitment", data.commitmentId())
			.param("plan", data.planId())
			.param("type", data.type().name())
			.param("mei", data.meiInventoryId())
			.param("title", data.title().trim())
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	/**
	 * Moves the report to {@code status} if it still has {@code version}; a {@code null}
	 * comment, date or actions keep what is stored.
	 */
	boolean transition(long signatoryId, long id, int version, ReportStatus status, String comment,
			LocalDate covenantDate, List<ReportView.ReportedAction> actions, Instant now) {
		return this.jdbc.sql("""
				update monitoring_report set status = :status,
				  coordinator_comment = coalesce(:comment, coordinator_comment),
				  covenant_submission_date = coalesce(:covenantDate, covenant_submission_date),
				  content = coalesce(:content, content), version = version + 1, updated_at = :now
				where signatory_id = :signatory and id = :id and version = :version
				""")
			.param("signatory", signatoryId)
			.param("id", id)
			.param("version", version)
			.param("status", status.name())
			.param("comment", comment)
			.param("covenantDate", (covenantDate != null) ? Date.valueOf(covenantDate) : null)
			.param("content", (actions != null) ? JSON.writeValueAsString(actions) : null)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	void delete(long signatoryId, long id) {
		this.jdbc.sql("delete from monitoring_report where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.update();
	}

	private static ReportView report(ResultSet rs, int row) throws SQLException {
		String content = rs.getString("content");
		List<ReportView.ReportedAction> actions = (content != null)
				? JSON.readValue(content, new TypeReference<List<ReportView.ReportedAction>>() {
				}) : List.of();
		Date covenant = rs.getDate("covenant_submission_date");
		return new ReportView(rs.getLong("id"), rs.getLong("signatory_id"), nullableLong(rs, "commitment_id"),
				nullableLong(rs, "plan_id"), ReportType.valueOf(rs.getString("type")),
				nullableLong(rs, "mei_inventory_id"), rs.getString("title"),
				ReportStatus.valueOf(rs.getString("status")), rs.getString("coordinator_comment"),
				(covenant != null) ? covenant.toLocalDate() : null, actions, rs.getInt("version"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

}
