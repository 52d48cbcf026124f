package eu.mayorsinaction.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryData.GreenRow;
import eu.mayorsinaction.inventory.InventoryData.HeatRow;
import eu.mayorsinaction.inventory.InventoryData.NonEnergyRow;
import eu.mayorsinaction.inventory.InventoryData.PlantRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Inventories and their grids in SQL: the header row and its child tables, every row with
 * the signatory's id. Every query names the signatory, so that one signatory's inventory
 * id never reaches another's.
 */
@Repository
class InventoryStore {

	private static final String SUMMARY_COLUMNS = "id, signatory_id, type, inventory_year, status, factor_set_name, "
			+ "factor_set_id, total_tco2, energy_tco2, non_energy_tco2, electricity_factor, heat_factor, version, created_at, updated_at, "
			+ "population";

	private final JdbcClient jdbc;

	InventoryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The header and the computed figures to store. */
	record Header(InventoryData data, String country, InventoryStatus status, long factorSetId, String factorSetName,
			Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor, Double heatFactor) {
	}

	List<InventorySummary> list(long signatoryId) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS
					+ " from inventory where signatory_id = :signatory order by inventory_year desc, type")
			.param("signatory", signatoryId)
			.query((rs, row) -> summary(rs))
			.list();
	}

	Optional<InventorySummary> summary(long signatoryId, long id) {
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from inventory where signatory_id = :signatory and id = :id")
			.param("signatory", signatoryId)
			.param("id", id)
			.query((rs, row) -> summary(rs))
			.optional();
	}

	boolean exists(long signatoryId, InventoryType type, int year, Long except) {
		return this.jdbc
			.sql("select count(*) from inventory where signatory_id = :signatory and type = :type "
					+ "and inventory_year = :year and id <> :except")
			.param("signatory", signatoryId)
			.param("type", type.name())
			.param("year", year)
			.param("except", (except != null) ? except : -1L)
			.query(Long.class)
			.single() > 0;
	}

	/** The inventory as entered, with the country stored. */
	Optional<InventoryView> find(long signatoryId, long id) {
		Optional<InventorySummary> summary = summary(signatoryId, id);
		if (summary.isEmpty()) {
			return Optional.empty();
		}
		record Head(Approach approach, EmissionUnit unit, Integer population, String country,
				Double nationalElectricityFactor, Double heatFactor) {
		}
		Head head = this.jdbc
			.sql("select approach, unit, population, country, national_electricity_factor, given_heat_factor "
					+ "from inventory where id = :id")
			.param("id", id)
			.query((rs, row) -> new Head(Approach.valueOf(rs.getString(1)), EmissionUnit.valueOf(rs.getString(2)),
					(Integer) rs.getObject(3, Integer.class), rs.getString(4), nullableDouble(rs, 5),
					nullableDouble(rs, 6)))
			.single();
		Map<Carrier, Double> ownFactors = new EnumMap<>(Carrier.class);
		this.jdbc.sql("select carrier, factor from inventory_own_factor where inventory_id = :id")
			.param("id", id)
			.query((rs, row) -> ownFactors.put(Carrier.valueOf(rs.getString(1)), rs.getDouble(2)))
			.list();
		List<ConsumptionRow> consumption = this.jdbc
			.sql("select sector, carrier, mwh, provenance, note from inventory_consumption where inventory_id = :id "
					+ "order by id")
			.param("id", id)
			.query((rs, row) -> new ConsumptionRow(Sector.valueOf(rs.getString(1)), Carrier.valueOf(rs.getString(2)),
					rs.getDouble(3), (rs.getString(4) != null) ? Provenance.valueOf(rs.getString(4)) : null,
					rs.getString(5)))
			.list();
		GreenRow green = this.jdbc.sql("select mwh, tco2 from inventory_green_electricity where inventory_id = :id")
			.param("id", id)
			.query((rs, row) -> new GreenRow(rs.getDouble(1), rs.getDouble(2)))
			.optional()
			.orElse(null);
		Map<Long, Map<Carrier, Double>> inputs = new LinkedHashMap<>();
		this.jdbc
			.sql("select i.plant_id, i.carrier, i.mwh from inventory_plant_input i "
					+ "join inventory_plant p on p.id = i.plant_id where p.inventory_id = :id")
			.param("id", id)
			.query((rs, row) -> inputs.computeIfAbsent(rs.getLong(1), (key) -> new EnumMap<>(Carrier.class))
				.put(Carrier.valueOf(rs.getString(2)), rs.getDouble(3)))
			.list();
		List<PlantRow> plants = this.jdbc
			.sql("select id, plant_type, mwh, heat_mwh, tco2 from inventory_plant where inventory_id = :id "
					+ "order by row_order")
			.param("id", id)
			.query((rs, row) -> new PlantRow(PlantType.valueOf(rs.getString(2)), rs.getDouble(3), rs.getDouble(4),
					nullableDouble(rs, 5), inputs.getOrDefault(rs.getLong(1), Map.of())))
			.list();
		HeatRow heat = this.jdbc.sql(
				"select produced_tco2, imported_tco2, exported_tco2 from inventory_local_heat where inventory_id = :id")
			.param("id", id)
			.query((rs, row) -> new HeatRow(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3)))
			.optional()
			.orElse(null);
		List<NonEnergyRow> nonEnergy = this.jdbc
			.sql("select sector, tco2 from inventory_non_energy where inventory_id = :id order by sector")
			.param("id", id)
			.query((rs, row) -> new NonEnergyRow(NonEnergySector.valueOf(rs.getString(1)), rs.getDouble(2)))
			.list();
		InventorySummary s = summary.get();
		InventoryData data = new InventoryData(s.type(), s.year(), head.approach(), head.unit(), head.population(),
				head.country(), head.nationalElectricityFactor(), head.heatFactor(), ownFactors, consumption, green,
				plants, heat, nonEnergy, s.version());
		return Optional.of(new InventoryView(s, head.country(), data, null, null, null));
	}

	long insert(long signatoryId, Header header, Instant now) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("""
					insert into inventory (signatory_id, type, inventory_year, approach, unit, population, country,
					  national_electricity_factor, given_heat_factor, factor_set_id, factor_set_name, status, total_tco2, energy_tco2,
					  non_energy_tco2, electricity_factor, heat_factor, version, created_at, updated_at)
					values (:signatory, :type, :year, :approach, :unit, :population, :country, :nationalFactor,
					  :givenHeatFactor, :factorSetId, :factorSet, :status, :total, :energy, :nonEnergy, :electricityFactor, :heatFactor,
					  0, :now, :now)
					""")
			.param("signatory", signatoryId)
			.params(headerParameters(header))
			.param("now", Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		writeChildren(signatoryId, id, header.data());
		return id;
	}

	/** Whether the inventory still had the version read (and was changed). */
	boolean update(long signatoryId, long id, int version, Header header, Instant now) {
		int updated = this.jdbc
			.sql("""
					update inventory set type = :type, inventory_year = :year, approach = :approach, unit = :unit,
					  population = :population, country = :country, national_electricity_factor = :nationalFactor,
					  given_heat_factor = :givenHeatFactor, factor_set_id = :factorSetId, factor_set_name = :factorSet, status = :status,
					  total_tco2 = :total, energy_tco2 = :energy, non_energy_tco2 = :nonEnergy,
					  electricity_factor = :electricityFactor, heat_factor = :heatFactor, version = version + 1,
					  updated_at = :now
					where id = :id and signatory_id = :signatory and version = :version
					""")
			.params(headerParameters(header))
			.param("now", Timestamp.from(now))
			.param("id", id)
			.param("signatory", signatoryId)
			.param("version", version)
			.update();
		if (updated == 0) {
			return false;
		}
		deleteChildren(id);
		writeChildren(signatoryId, id, header.data());
		return true;
	}

	boolean delete(long signatoryId, long id) {
		deleteChildren(id);
		return this.jdbc.sql("delete from inventory where id = :id and signatory_id = :signatory")
			.param("id", id)
			.param("signatory", signatoryId)
			.update() > 0;
	}

	private Map<String, Object> headerParameters(Header header) {
		InventoryData data = header.data();
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("type", data.type().name());
		parameters.put("year", data.year());
		parameters.put("approach", data.approachOrDefault().name());
		parameters.put("unit", data.unitOrDefault().name());
		parameters.put("population", data.population());
		parameters.put("country", header.country());
		parameters.put("nationalFactor", data.nationalElectricityFactor());
		parameters.put("givenHeatFactor", data.heatFactor());
		parameters.put("factorSetId", header.factorSetId());
		parameters.put("factorSet", header.factorSetName());
		parameters.put("status", header.status().name());
		parameters.put("total", header.totalTco2());
		parameters.put("energy", header.energyTco2());
		parameters.put("nonEnergy", header.nonEnergyTco2());
		parameters.put("electricityFactor", header.electricityFactor());
		parameters.put("heatFactor", header.heatFactor());
		return parameters;
	}

	private void deleteChildren(long id) {
		for (String table : List.of("inventory_own_factor", "inventory_consumption", "inventory_green_electricity",
				"inventory_local_heat", "inventory_non_energy")) {
			this.jdbc.sql("delete from " + table + " where inventory_id = :id").param("id", id).update();
		}
		this.jdbc
			.sql("delete from inventory_plant_input where plant_id in "
					+ "(select id from inventory_plant where inventory_id = :id)")
			.param("id", id)
			.update();
		this.jdbc.sql("delete from inventory_plant where inventory_id = :id").param("id", id).update();
	}

	private void writeChildren(long signatoryId, long id, InventoryData data) {
		data.ownFactors()
			.forEach((carrier, factor) -> this.jdbc
				.sql("insert into inventory_own_factor (inventory_id, signatory_id, carrier, factor) "
						+ "values (:id, :signatory, :carrier, :factor)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("carrier", carrier.name())
				.param("factor", factor)
				.update());
		for (ConsumptionRow row : data.consumption()) {
			this.jdbc
				.sql("insert into inventory_consumption (inventory_id, signatory_id, sector, carrier, mwh, provenance, "
						+ "note) values (:id, :signatory, :sector, :carrier, :mwh, :provenance, :note)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("sector", row.sector().name())
				.param("carrier", row.carrier().name())
				.param("mwh", row.mwh())
				.param("provenance", (row.provenance() != null) ? row.provenance().name() : null)
				.param("note", row.note())
				.update();
		}
		if (data.greenElectricity() != null) {
			this.jdbc
				.sql("insert into inventory_green_electricity (inventory_id, signatory_id, mwh, tco2) "
						+ "values (:id, :signatory, :mwh, :tco2)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("mwh", data.greenElectricity().mwh())
				.param("tco2", orZero(data.greenElectricity().tco2()))
				.update();
		}
		List<PlantRow> plants = data.localElectricity();
		for (int i = 0; i < plants.size(); i++) {
			PlantRow plant = plants.get(i);
			KeyHolder keys = new GeneratedKeyHolder();
			this.jdbc
				.sql("insert into inventory_plant (inventory_id, signatory_id, row_order, plant_type, mwh, heat_mwh, "
						+ "tco2) values (:id, :signatory, :order, :type, :mwh, :heatMwh, :tco2)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("order", i)
				.param("type", plant.plant().name())
				.param("mwh", orZero(plant.mwh()))
				.param("heatMwh", orZero(plant.heatMwh()))
				.param("tco2", plant.tco2())
				.update(keys, "id");
			long plantId = keys.getKey().longValue();
			if (plant.inputs() != null) {
				plant.inputs()
					.forEach((carrier, mwh) -> this.jdbc
						.sql("insert into inventory_plant_input (plant_id, signatory_id, carrier, mwh) "
								+ "values (:plant, :signatory, :carrier, :mwh)")
						.param("plant", plantId)
						.param("signatory", signatoryId)
						.param("carrier", carrier.name())
						.param("mwh", mwh)
						.update());
			}
		}
		if (data.localHeat() != null) {
			HeatRow heat = data.localHeat();
			this.jdbc
				.sql("insert into inventory_local_heat (inventory_id, signatory_id, produced_tco2, imported_tco2, "
						+ "exported_tco2) values (:id, :signatory, :produced, :imported, :exported)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("produced", orZero(heat.producedTco2()))
				.param("imported", orZero(heat.importedTco2()))
				.param("exported", orZero(heat.exportedTco2()))
				.update();
		}
		for (NonEnergyRow row : data.nonEnergy()) {
			this.jdbc
				.sql("insert into inventory_non_energy (inventory_id, signatory_id, sector, tco2) "
						+ "values (:id, :signatory, :sector, :tco2)")
				.param("id", id)
				.param("signatory", signatoryId)
				.param("sector", row.sector().name())
				.param("tco2", row.tco2())
				.update();
		}
	}

	private static InventorySummary summary(ResultSet rs) throws SQLException {
		return new InventorySummary(rs.getLong("id"), rs.getLong("signatory_id"),
				InventoryType.valueOf(rs.getString("type")), rs.getInt("inventory_year"),
				InventoryStatus.valueOf(rs.getString("status")), rs.getString("factor_set_name"),
				nullableDouble(rs, "total_tco2"), nullableDouble(rs, "energy_tco2"),
				nullableDouble(rs, "non_energy_tco2"), nullableDouble(rs, "electricity_factor"),
				nullableDouble(rs, "heat_factor"), rs.getInt("version"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), rs.getLong("factor_set_id"),
				rs.getObject("population", Integer.class));
	}

	private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : value;
	}

	private static double orZero(Double value) {
		return (value != null) ? value : 0;
	}

}
