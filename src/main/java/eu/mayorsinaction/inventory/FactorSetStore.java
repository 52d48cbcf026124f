package eu.mayorsinaction.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import eu.mayorsinaction.inventory.calculation.FactorSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Factor sets in SQL. There is deliberately no statement that changes a stored set's
 * factors or description: a set is written once ({@link #insert}) and only its default
 * flag moves; an unused set may be deleted.
 */
@Repository
class FactorSetStore {

	private static final String SUMMARY = """
			select s.id, s.name, s.version, s.source, s.notes, s.approach, s.unit, s.default_for_new, s.shipped,
			  s.created_at, s.created_by,
			  (select count(*) from inventory i where i.factor_set_id = s.id) as inventories,
			  (select count(*) from factor_set_fuel f where f.factor_set_id = s.id) as fuels,
			  (select count(*) from factor_set_electricity e where e.factor_set_id = s.id) as electricity
			from factor_set s
			""";

	private final JdbcClient jdbc;

	FactorSetStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every set, by name, the latest version first. */
	List<FactorSetSummary> list() {
		return this.jdbc.sql(SUMMARY + " order by s.name, s.version desc").query((rs, row) -> summary(rs)).list();
	}

	Optional<FactorSetSummary> find(long id) {
		return this.jdbc.sql(SUMMARY + " where s.id = :id").param("id", id).query((rs, row) -> summary(rs)).optional();
	}

	Optional<Long> defaultId() {
		return this.jdbc.sql("select id from factor_set where default_for_new order by id desc")
			.query(Long.class)
			.list()
			.stream()
			.findFirst();
	}

	/** The latest version of a set of this name, 0 if there is none. */
	int latestVersion(String name) {
		return this.jdbc.sql("select coalesce(max(version), 0) from factor_set where name = :name")
			.param("name", name)
			.query(Integer.class)
			.single();
	}

	/** The set's factors, for the engine. */
	FactorSet factors(FactorSetSummary set) {
		Map<Carrier, Double> fuels = new EnumMap<>(Carrier.class);
		this.jdbc.sql("select carrier, factor from factor_set_fuel where factor_set_id = :id")
			.param("id", set.id())
			.query((rs, row) -> fuels.put(Carrier.valueOf(rs.getString(1)), rs.getDouble(2)))
			.list();
		Map<String, Map<Integer, Double>> electricity = new TreeMap<>();
		this.jdbc.sql("select country, factor_year, factor from factor_set_electricity where factor_set_id = :id")
			.param("id", set.id())
			.query((rs, row) -> electricity.computeIfAbsent(rs.getString(1), (country) -> new TreeMap<>())
				.put(rs.getInt(2), rs.getDouble(3)))
			.list();
		return new FactorSet(set.name(), set.source(), set.approach(), set.unit(), fuels, electricity);
	}

	long insert(FactorSetDraft draft, int version, FactorSetUpload upload, Long createdBy, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into factor_set (name, version, source, notes, approach, unit, default_for_new, shipped,
				  created_at, created_by)
				values (:name, :version, :source, :notes, :approach, :unit, false, false, :now, :createdBy)
				""")
			.param("name", draft.name())
			.param("version", version)
			.param("source", draft.source())
			.param("notes", draft.notes())
			.param("approach", draft.approach().name())
			.param("unit", draft.unit().name())
			.param("now", Timestamp.from(now))
			.param("createdBy", createdBy)
			.update(keys, "id");
		long id = keys.getKey().longValue();
		for (FactorSetUpload.Row row : upload.rows()) {
			if (row.kind() == FactorSetUpload.Kind.FUEL) {
				this.jdbc
					.sql("insert into factor_set_fuel (factor_set_id, carrier, factor) values (:id, :carrier, :factor)")
					.param("id", id)
					.param("carrier", row.key())
					.param("factor", row.factor())
					.update();
			}
			else {
				this.jdbc
					.sql("insert into factor_set_electricity (factor_set_id, country, factor_year, factor) "
							+ "values (:id, :country, :year, :factor)")
					.param("id", id)
					.param("country", row.key())
					.param("year", row.year())
					.param("factor", row.factor())
					.update();
			}
		}
		return id;
	}

	void makeDefault(long id) {
		this.jdbc.sql("update factor_set set default_for_new = (id = :id)").param("id", id).update();
	}

	/** Deletes a set no inventory keeps; whether it was deleted. */
	boolean deleteUnused(long id) {
		return this.jdbc
			.sql("delete from factor_set where id = :id and not default_for_new "
					+ "and not exists (select 1 from inventory i where i.factor_set_id = :id)")
			.param("id", id)
			.update() > 0;
	}

	private static FactorSetSummary summary(ResultSet rs) throws SQLException {
		long createdBy = rs.getLong("created_by");
		Long creator = rs.wasNull() ? null : createdBy;
		return new FactorSetSummary(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
				rs.getString("source"), rs.getString("notes"), Approach.valueOf(rs.getString("approach")),
				EmissionUnit.valueOf(rs.getString("unit")), rs.getBoolean("default_for_new"), rs.getBoolean("shipped"),
				rs.getTimestamp("created_at").toInstant(), creator, rs.getLong("inventories"), rs.getInt("fuels"),
				rs.getInt("electricity"));
	}

}
