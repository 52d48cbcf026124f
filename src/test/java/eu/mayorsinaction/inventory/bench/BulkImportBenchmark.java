package eu.mayorsinaction.inventory.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import eu.mayorsinaction.MayorsInActionApplication;
import eu.mayorsinaction.TestPostgres;
import eu.mayorsinaction.inventory.BulkJob;
import eu.mayorsinaction.inventory.InventoryBulkImport;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark (run on demand by {@code bench/bulk-import.sh}, never in the test suite):
 * rows per second of the bulk CSV import of 10,000 signatories' BEIs (5 values each:
 * 50,000 rows), from the start of the job to DONE (checking every row, computing every
 * inventory, one transaction, audit entries), against a plain JDBC batch insert of the
 * same rows (headers, Table A and non-energy rows; nothing checked or computed) into the
 * same tables, on H2 (in memory) and on PostgreSQL (embedded, as the tests use it).
 * Arguments: {@code h2}, {@code postgres} or both (default), and optionally the number of
 * signatories.
 */
public final class BulkImportBenchmark {

	private static final String ADMIN = "bench-admin@example.org";

	private static final String PASSWORD = "bench-password-123";

	private static final String[][] VALUES = { { "RESIDENTIAL_BUILDINGS", "NATURAL_GAS", "1000.5" },
			{ "TERTIARY_BUILDINGS", "ELECTRICITY", "750.25" }, { "MUNICIPAL_FLEET", "DIESEL", "120" },
			{ "PRIVATE_COMMERCIAL_TRANSPORT", "GASOLINE", "2500" } };

	private BulkImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int signatories = 10_000;
		boolean h2 = args.length == 0;
		boolean postgres = args.length == 0;
		for (String arg : args) {
			switch (arg.toLowerCase(Locale.ROOT)) {
				case "h2" -> h2 = true;
				case "postgres" -> postgres = true;
				default -> signatories = Integer.parseInt(arg);
			}
		}
		if (!h2 && !postgres) {
			h2 = true;
			postgres = true;
		}
		StringBuilder report = new StringBuilder();
		if (h2) {
			report.append(run("H2", "jdbc:h2:mem:benchbulk;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "", signatories));
		}
		if (postgres) {
			report
				.append(run("PostgreSQL", TestPostgres.newDatabase("bench_bulk"), "postgres", "postgres", signatories));
		}
		System.out.println();
		System.out.print(report);
		System.exit(0);
	}

	private static String run(String name, String url, String user, String password, int signatories) throws Exception {
		ConfigurableApplicationContext context = new SpringApplication(MayorsInActionApplication.class).run(
				"--server.port=0", "--mia.demo.enabled=false", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
				"--logging.level.root=WARN");
		try {
			UserManagement users = context.getBean(UserManagement.class);
			OrganisationManagement organisations = context.getBean(OrganisationManagement.class);
			InventoryBulkImport bulk = context.getBean(InventoryBulkImport.class);
			DataSource dataSource = context.getBean(DataSource.class);
			users.provisionAdmin(ADMIN, PASSWORD, "Benchmark admin");
			Actor admin = ((MiaUser) users.loadUserByUsername(ADMIN)).actor();

			long setup = System.nanoTime();
			StringBuilder towns = new StringBuilder("name,country,population,status\n");
			for (int i = 1; i <= signatories; i++) {
				towns.append("Bench town ").append(i).append(",IT,").append(1000 + i).append(",ACTIVE\n");
			}
			List<SignatoryView> created = organisations.importSignatories(admin, towns.toString(), null);
			List<Long> ids = created.stream().map(SignatoryView::id).toList();
			System.out.printf("%s: %d signatories created in %.1f s (setup, not measured)%n", name, ids.size(),
					(System.nanoTime() - setup) / 1e9);

			// The import: BEI 2010, 4 Table A values and waste per signatory.
			StringBuilder csv = new StringBuilder(
					"signatory_id,inventory_type,inventory_year,population,sector,carrier,mwh,tco2,provenance\n");
			for (long id : ids) {
				for (String[] value : VALUES) {
					csv.append(id)
						.append(",BEI,2010,20000,")
						.append(value[0])
						.append(',')
						.append(value[1])
						.append(',')
						.append(value[2])
						.append(",,MEASURED\n");
				}
				csv.append(id).append(",BEI,2010,20000,WASTE,,,35.5,\n");
			}
			int rows = ids.size() * (VALUES.length + 1);
			long start = System.nanoTime();
			String job = bulk.start(admin, csv.toString().getBytes(StandardCharsets.UTF_8));
			BulkJob state = bulk.job(admin, job);
			while (state.running()) {
				Thread.sleep(20);
				state = bulk.job(admin, job);
			}
			double importSeconds = (System.nanoTime() - start) / 1e9;
			if (state.state() != BulkJob.State.DONE) {
				throw new IllegalStateException("the import failed: " + bulk.errors(admin, job));
			}

			// The same rows by plain JDBC batches (MEI 2011, so as not to collide).
			start = System.nanoTime();
			jdbcBatch(dataSource, ids);
			double jdbcSeconds = (System.nanoTime() - start) / 1e9;

			return String.format(Locale.ROOT,
					"%-10s %,d signatories, %,d rows: bulk import %.2f s = %,.0f rows/s (%,.0f inventories/s); "
							+ "plain JDBC batch %.2f s = %,.0f rows/s; import/JDBC = %.1fx slower%n",
					name, ids.size(), rows, importSeconds, rows / importSeconds, ids.size() / importSeconds,
					jdbcSeconds, rows / jdbcSeconds, importSeconds / jdbcSeconds);
		}
		finally {
			context.close();
		}
	}

	/**
	 * Inserts the inventory headers in batches, reads their ids back, then inserts the
	 * values in batches: one transaction, batches of 1,000.
	 */
	private static void jdbcBatch(DataSource dataSource, List<Long> ids) throws Exception {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.now());
			try (PreparedStatement header = connection.prepareStatement("""
					insert into inventory (signatory_id, type, inventory_year, approach, unit, population, country,
					  factor_set_id, factor_set_name, status, version, created_at, updated_at)
					values (?, 'MEI', 2011, 'IPCC', 'CO2', 20000, 'IT',
					  (select min(id) from factor_set), 'bench', 'DRAFT', 0, ?, ?)
					""")) {
				int n = 0;
				for (long id : ids) {
					header.setLong(1, id);
					header.setTimestamp(2, now);
					header.setTimestamp(3, now);
					header.addBatch();
					if (++n % 1000 == 0) {
						header.executeBatch();
					}
				}
				header.executeBatch();
			}
			Map<Long, Long> inventories = new HashMap<>();
			try (Statement select = connection.createStatement();
					ResultSet rs = select.executeQuery(
							"select signatory_id, id from inventory where type = 'MEI' and inventory_year = 2011")) {
				while (rs.next()) {
					inventories.put(rs.getLong(1), rs.getLong(2));
				}
			}
			try (PreparedStatement consumption = connection.prepareStatement(
					"insert into inventory_consumption (inventory_id, signatory_id, sector, carrier, mwh, provenance) "
							+ "values (?, ?, ?, ?, ?, 'MEASURED')");
					PreparedStatement nonEnergy = connection
						.prepareStatement("insert into inventory_non_energy (inventory_id, signatory_id, sector, tco2) "
								+ "values (?, ?, 'WASTE', 35.5)")) {
				int n = 0;
				for (long id : ids) {
					long inventory = inventories.get(id);
					for (String[] value : VALUES) {
						consumption.setLong(1, inventory);
						consumption.setLong(2, id);
						consumption.setString(3, value[0]);
						consumption.setString(4, value[1]);
						consumption.setDouble(5, Double.parseDouble(value[2]));
						consumption.addBatch();
					}
					nonEnergy.setLong(1, inventory);
					nonEnergy.setLong(2, id);
					nonEnergy.addBatch();
					if (++n % 200 == 0) {
						consumption.executeBatch();
						nonEnergy.executeBatch();
					}
				}
				consumption.executeBatch();
				nonEnergy.executeBatch();
			}
			connection.commit();
		}
	}

}
