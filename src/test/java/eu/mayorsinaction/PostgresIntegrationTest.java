package eu.mayorsinaction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The second (and last) test context: the whole application without a server, on a real
 * PostgreSQL 17 with the production {@code postgres} profile (so no demo data), for
 * repository and migration tests. Like {@link WebIntegrationTest}, use exactly this
 * annotation and nothing that changes the context, so that Spring builds it once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = MayorsInActionApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
@ActiveProfiles({ "postgres", "postgres-test" })
@ContextConfiguration(initializers = TestPostgres.Initializer.class)
public @interface PostgresIntegrationTest {

}
