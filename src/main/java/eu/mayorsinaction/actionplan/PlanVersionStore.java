package eu.mayorsinaction.actionplan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The edition of a plan (column action_plan.edition) and its submitted snapshots (table
 * action_plan_snapshot). There is deliberately no update of a snapshot row.
 */
@Repository
class PlanVersionStore {

	private static final String COLUMNS = """
			id, plan_id, signatory_id, edition, submitted_on, submitted_at, submitted_by_user_id, submitted_by_name,
			content""";

	private final JdbcClient jdbc;

	PlanVersionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Called before a change of the plan or one of its actions: when the plan's current
	 * edition was submitted, the living plan becomes the next edition.
	 */
	void beforeChange(long signatoryId, Long... planIds) {
		for (Long planId : planIds) {
			if (planId != null) {
				this.jdbc.sql("""
						update action_plan set edition = edition + 1
						where signatory_id = :signatory and id = :plan and exists (select 1 from action_plan_snapshot s
						  where s.plan_id = action_plan.id and s.edition = action_plan.edition)
						""").param("signatory", signatoryId).param("plan", planId).update();
			}
		}
	}

	/** The latest edition of the plan submitted to the Covenant; 0 when none was. */
	int lastSubmittedEdition(long signatoryId, long planId) {
		return this.jdbc
			.sql("select coalesce(max(edition), 0) from action_plan_snapshot"
					+ " where signatory_id = :signatory and plan_id = :plan")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.query(Integer.class)
			.single();
	}

	Optional<Integer> edition(long signatoryId, long planId) {
		return this.jdbc.sql("select edition from action_plan where signatory_id = :signatory and id = :plan")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.query(Integer.class)
			.optional();
	}

	/** Marks the plan submitted if the version read is still the stored one. */
	boolean markSubmitted(long signatoryId, long planId, int version, Instant now) {
		return this.jdbc.sql("""
				update action_plan set status = 'SUBMITTED_TO_COVENANT', version = version + 1, updated_at = :now
				where signatory_id = :signatory and id = :plan and version = :version
				""")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.param("version", version)
			.param("now", Timestamp.from(now))
			.update() == 1;
	}

	long insertSnapshot(long signatoryId, long planId, int edition, LocalDate submittedOn, Instant submittedAt,
			Long userId, String userName, String content) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into action_plan_snapshot (plan_id, signatory_id, edition, submitted_on, submitted_at,
				  submitted_by_user_id, submitted_by_name, content)
				values (:plan, :signatory, :edition, :submittedOn, :submittedAt, :userId, :userName, :content)
				""")
			.param("plan", planId)
			.param("signatory", signatoryId)
			.param("edition", edition)
			.param("submittedOn", Date.valueOf(submittedOn))
			.param("submittedAt", Timestamp.from(submittedAt))
			.param("userId", userId)
			.param("userName", userName)
			.param("content", content)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	List<StoredSnapshot> snapshots(long signatoryId, long planId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from action_plan_snapshot where signatory_id = :signatory and plan_id = :plan order by edition")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.query(PlanVersionStore::snapshot)
			.list();
	}

	Optional<StoredSnapshot> snapshot(long signatoryId, long planId, int edition) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from action_plan_snapshot where signatory_id = :signatory and plan_id = :plan and edition = :edition
				""")
			.param("signatory", signatoryId)
			.param("plan", planId)
			.param("edition", edition)
			.query(PlanVersionStore::snapshot)
			.optional();
	}

	private static StoredSnapshot snapshot(ResultSet rs, int row) throws SQLException {
		long userId = rs.getLong("submitted_by_user_id");
		Long user = rs.wasNull() ? null : userId;
		return new StoredSnapshot(rs.getLong("id"), rs.getLong("plan_id"), rs.getLong("signatory_id"),
				rs.getInt("edition"), rs.getDate("submitted_on").toLocalDate(),
				rs.getTimestamp("submitted_at").toInstant(), user, rs.getString("submitted_by_name"),
				rs.getString("content"));
	}

	/** A snapshot row as stored: {@code content} is the JSON text, never rewritten. */
	record StoredSnapshot(long id, long planId, long signatoryId, int edition, LocalDate submittedOn,
			Instant submittedAt, Long submittedByUserId, String submittedBy, String content) {
	}

}
