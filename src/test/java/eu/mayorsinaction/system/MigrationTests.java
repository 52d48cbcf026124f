package eu.mayorsinaction.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.sql.DataSource;

import eu.mayorsinaction.TestPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One migration set for both databases: every Flyway migration runs on a real PostgreSQL
 * 17 and on H2 in PostgreSQL mode (with the URL options of the embedded default), and
 * both end with the same tables and columns.
 */
class MigrationTests {

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	@Test
	void every_migration_runs_on_postgresql() {
		DataSource postgres = new DriverManagerDataSource(TestPostgres.newDatabase("mia_migrations"), "postgres",
				"postgres");
		MigrateResult result = migrate(postgres);
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
		assertThat(migrate(postgres).migrationsExecuted).as("a second run has nothing left to do").isZero();
	}

	@Test
	void every_migration_runs_on_h2_in_postgresql_mode() throws IOException {
		DataSource h2 = new DriverManagerDataSource(h2Url("mia-migrations-h2"), "sa", "");
		MigrateResult result = migrate(h2);
		assertThat(result.success).isTrue();
		assertThat(result.migrationsExecuted).isEqualTo(migrationFiles());
	}

	@Test
	void both_databases_end_with_the_same_tables_and_columns() throws Exception {
		DataSource postgres = new DriverManagerDataSource(TestPostgres.newDatabase("mia_schema"), "postgres",
				"postgres");
		DataSource h2 = new DriverManagerDataSource(h2Url("mia-schema-h2"), "sa", "");
		migrate(postgres);
		migrate(h2);
		Map<String, Set<String>> onPostgres = columns(postgres, "public");
		Map<String, Set<String>> onH2 = columns(h2, "public");
		assertThat(onPostgres).containsKeys("organisation", "signatory", "commitment", "support_relation", "app_user",
				"membership", "api_token");
		assertThat(onH2).isEqualTo(onPostgres);
	}

	/**
	 * The H2 URL of application.properties, in memory instead of on file (so that the
	 * test checks the options the application really uses).
	 */
	static String h2Url(String name) throws IOException {
		Properties application = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"),
				StandardCharsets.UTF_8)) {
			application.load(reader);
		}
		String url = application.getProperty("spring.datasource.url");
		assertThat(url).startsWith("jdbc:h2:file:").contains("MODE=PostgreSQL");
		String options = url.substring(url.indexOf(';'));
		return "jdbc:h2:mem:" + name + options.replace(";AUTO_SERVER=FALSE", "") + ";DB_CLOSE_DELAY=-1";
	}

	private static MigrateResult migrate(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
	}

	private static long migrationFiles() {
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			return files.filter((file) -> file.getFileName().toString().matches("[VR].*__.*\\.sql")).count();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Set<String>> columns(DataSource dataSource, String schema) throws SQLException {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData meta = connection.getMetaData();
			try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (!table.equals("flyway_schema_history")) {
						tables.computeIfAbsent(table, (t) -> new TreeSet<>())
							.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
					}
				}
			}
		}
		return tables;
	}

}
