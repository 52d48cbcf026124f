package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.calculation.QualityInventory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The peer figures of the quality checks: across tenants on purpose, but it only ever
 * answers consumption per sector and population, never which signatory they belong to;
 * the service exposes nothing but their median, MAD and count.
 */
@Repository
class InventoryQualityStore {

	private final JdbcClient jdbc;

	InventoryQualityStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The latest computed inventory with a population of each signatory of the country
	 * other than {@code except}: MWh per sector and population.
	 */
	List<QualityInventory> peers(String country, long except) {
		record Head(long id, long signatoryId, int year, int population) {
		}
		Map<Long, Head> latest = new LinkedHashMap<>();
		this.jdbc
			.sql("select i.id, i.signatory_id, i.inventory_year, i.population from inventory i "
					+ "join signatory s on s.id = i.signatory_id where s.country = :country "
					+ "and i.signatory_id <> :except and i.status = 'COMPUTED' and i.population is not null "
					+ "and i.population > 0 order by i.signatory_id, i.inventory_year desc, i.type desc, i.id desc")
			.param("country", country)
			.param("except", except)
			.query((rs, row) -> new Head(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4)))
			.list()
			.forEach((head) -> latest.putIfAbsent(head.signatoryId(), head));
		List<QualityInventory> peers = new ArrayList<>();
		for (Head head : latest.values()) {
			Map<Sector, Double> mwh = new EnumMap<>(Sector.class);
			this.jdbc
				.sql("select sector, sum(mwh) from inventory_consumption where inventory_id = :id "
						+ "and signatory_id = :signatory group by sector")
				.param("id", head.id())
				.param("signatory", head.signatoryId())
				.query((rs, row) -> mwh.put(Sector.valueOf(rs.getString(1)), rs.getDouble(2)))
				.list();
			peers.add(new QualityInventory(head.year(), head.population(), mwh, 0, true));
		}
		return peers;
	}

}
