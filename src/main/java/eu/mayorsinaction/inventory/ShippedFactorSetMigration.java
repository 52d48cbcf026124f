package eu.mayorsinaction.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.zip.CRC32;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 6.1: stores the shipped factor set (IPCC 2006 fuel factors + JRC 2017
 * national electricity factors, read from the project's CSVs in {@code reference/}) as
 * version 1, the default for new inventories, points every existing inventory at it and
 * makes {@code inventory.factor_set_id} required.
 *
 * <p>
 * A migration rather than a start-up seeder, because a stored set must never change: a
 * migration runs exactly once, in the same transaction as the schema change of V6, on H2
 * and PostgreSQL alike, and its checksum is that of the two CSV files, so an edited CSV
 * makes Flyway's validation fail instead of silently altering the factors that stored
 * inventories were computed with (a corrected file is shipped as a new version by a new
 * migration). A Spring bean so that Spring Boot hands it to Flyway
 * ({@code FlywayAutoConfiguration} collects every {@link JavaMigration} bean); it needs
 * no other bean.
 */
@Component
class ShippedFactorSetMigration implements JavaMigration {

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("6.1");
	}

	@Override
	public String getDescription() {
		return "shipped factor set IPCC 2006 + JRC 2017";
	}

	@Override
	public Integer getChecksum() {
		CRC32 crc = new CRC32();
		for (String resource : new String[] { ReferenceFactorSets.FUELS, ReferenceFactorSets.ELECTRICITY }) {
			try (InputStream in = new ClassPathResource(resource).getInputStream()) {
				crc.update(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException("cannot read " + resource, ex);
			}
		}
		return (int) crc.getValue();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws Exception {
		FactorSet shipped = new ReferenceFactorSets().standard();
		Connection connection = context.getConnection();
		long id;
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into factor_set (name, version, source, notes, approach, unit, default_for_new, shipped, "
						+ "created_at) values (?, 1, ?, ?, ?, ?, true, true, ?)",
				new String[] { "id" })) {
			insert.setString(1, shipped.name());
			insert.setString(2, shipped.source());
			insert.setString(3, ReferenceFactorSets.NOTES);
			insert.setString(4, shipped.approach().name());
			insert.setString(5, shipped.unit().name());
			insert.setTimestamp(6, Timestamp.from(Instant.now()));
			insert.executeUpdate();
			try (ResultSet keys = insert.getGeneratedKeys()) {
				keys.next();
				id = keys.getLong(1);
			}
		}
		try (PreparedStatement fuel = connection
			.prepareStatement("insert into factor_set_fuel (factor_set_id, carrier, factor) values (?, ?, ?)")) {
			for (Map.Entry<Carrier, Double> factor : shipped.fuelFactors().entrySet()) {
				fuel.setLong(1, id);
				fuel.setString(2, factor.getKey().name());
				fuel.setDouble(3, factor.getValue());
				fuel.addBatch();
			}
			fuel.executeBatch();
		}
		try (PreparedStatement electricity = connection.prepareStatement(
				"insert into factor_set_electricity (factor_set_id, country, factor_year, factor) values (?, ?, ?, ?)")) {
			for (var country : shipped.electricityFactors().entrySet()) {
				for (var year : country.getValue().entrySet()) {
					electricity.setLong(1, id);
					electricity.setString(2, country.getKey());
					electricity.setInt(3, year.getKey());
					electricity.setDouble(4, year.getValue());
					electricity.addBatch();
				}
			}
			electricity.executeBatch();
		}
		try (PreparedStatement existing = connection
			.prepareStatement("update inventory set factor_set_id = ? where factor_set_id is null")) {
			existing.setLong(1, id);
			existing.executeUpdate();
		}
		try (Statement alter = connection.createStatement()) {
			alter.execute("alter table inventory alter column factor_set_id set not null");
		}
	}

}
