package eu.mayorsinaction.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Deadline extensions in table deadline_extension. */
@Repository
class ExtensionStore {

	private static final String COLUMNS = """
			id, signatory_id, commitment_id, kind, number, original_date, new_date, reason, requested_by_user_id,
			on_behalf, created_at""";

	private final JdbcClient jdbc;

	ExtensionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ExtensionView> extensions(long signatoryId) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from deadline_extension where signatory_id = :signatory order by created_at, id")
			.param("signatory", signatoryId)
			.query(ExtensionStore::extension)
			.list();
	}

	/** Extensions of several signatories, in no particular order. */
	List<ExtensionView> extensionsOf(java.util.Collection<Long> signatoryIds) {
		if (signatoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select " + COLUMNS + " from deadline_extension where signatory_id in (:signatories)")
			.param("signatories", signatoryIds)
			.query(ExtensionStore::extension)
			.list();
	}

	long insert(long signatoryId, ExtensionData data, java.time.LocalDate originalDate, Long userId, boolean onBehalf,
			Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into deadline_extension (signatory_id, commitment_id, kind, number, original_date, new_date,
				  reason, requested_by_user_id, on_behalf, created_at)
				values (:signatory, :commitment, :kind, :number, :original, :newDate, :reason, :user, :onBehalf, :now)
				""")
			.param("signatory", signatoryId)
			.param("commitment", data.commitmentId())
			.param("kind", data.kind().name())
			.param("number", data.number())
			.param("original", Date.valueOf(originalDate))
			.param("newDate", Date.valueOf(data.newDate()))
			.param("reason", data.reason().trim())
			.param("user", userId)
			.param("onBehalf", onBehalf)
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	private static ExtensionView extension(ResultSet rs, int row) throws SQLException {
		long user = rs.getLong("requested_by_user_id");
		Long userId = rs.wasNull() ? null : user;
		return new ExtensionView(rs.getLong("id"), rs.getLong("signatory_id"), rs.getLong("commitment_id"),
				DeadlineKind.valueOf(rs.getString("kind")), rs.getInt("number"),
				rs.getDate("original_date").toLocalDate(), rs.getDate("new_date").toLocalDate(), rs.getString("reason"),
				userId, rs.getBoolean("on_behalf"), rs.getTimestamp("created_at").toInstant());
	}

}
