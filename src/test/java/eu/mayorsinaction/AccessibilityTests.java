package eu.mayorsinaction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.ADMIN;
import static eu.mayorsinaction.BrowserFixtures.GENOA_COORDINATOR;
import static eu.mayorsinaction.BrowserFixtures.organisationId;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static eu.mayorsinaction.BrowserFixtures.signatoryId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core (WCAG 2.0/2.1 A and AA rules) on every main page, as a visitor, as the
 * platform admin and as the Genoa coordinator: no violation of impact serious or
 * critical. Every page checked is also saved as a screenshot in
 * {@code target/screenshots/}.
 */
@WebIntegrationTest
public class AccessibilityTests {

	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	static final Set<String> BLOCKING = Set.of("serious", "critical");

	@LocalServerPort
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_public_pages_have_no_serious_or_critical_violations() {
		Page page = pageIn(baseUrl(), "en");
		try {
			Map<String, String> pages = new LinkedHashMap<>();
			pages.put("home", "/");
			pages.put("login", "/login");
			pages.put("home-el", "/?lang=el");
			checkAll(page, "public", pages);
			page.navigate(baseUrl() + "/login?error");
			List<String> failures = new ArrayList<>(violations(page, "public login with error"));
			assertThat(failures).as("axe findings").isEmpty();
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void the_admin_pages_have_no_serious_or_critical_violations() {
		long genova = signatoryId(baseUrl(), "Genova");
		long genoa = organisationId(baseUrl(), "Metropolitan City of Genoa");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), ADMIN);
			Map<String, String> pages = signedInPages(genova, genoa);
			pages.put("admin-users", "/app/admin/users");
			pages.put("admin-users-new", "/app/admin/users/new");
			checkAll(page, "admin", pages);

			// On a phone the navigation collapses behind the toggler.
			page.setViewportSize(390, 844);
			page.navigate(baseUrl() + "/app/signatories");
			assertThat(page.locator(".navbar-toggler").isVisible()).isTrue();
			List<String> failures = violations(page, "admin /app/signatories on a phone");
			assertThat(BrowserSupport.screenshot(page, "admin-signatories-phone")).exists();
			assertThat(failures).as("axe findings").isEmpty();
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void the_coordinator_pages_have_no_serious_or_critical_violations() {
		long genova = signatoryId(baseUrl(), "Genova");
		long genoa = organisationId(baseUrl(), "Metropolitan City of Genoa");
		long sabadell = signatoryId(baseUrl(), "Sabadell");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), GENOA_COORDINATOR);
			Map<String, String> pages = signedInPages(genova, genoa);
			pages.put("not-found", "/app/signatories/" + sabadell);
			checkAll(page, "coordinator", pages);

			// A form showing its field errors.
			page.navigate(baseUrl() + "/app/signatories/" + genova + "/edit");
			page.fill("#population", "0");
			page.fill("#latitude", "123");
			page.waitForNavigation(() -> page.click("main form button[type=submit]"));
			assertThat(page.locator(".invalid-feedback").count()).isPositive();
			List<String> failures = violations(page, "coordinator signatory form with errors");
			BrowserSupport.screenshot(page, "coordinator-signatory-edit-errors");
			assertThat(failures).as("axe findings").isEmpty();
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void the_check_finds_a_known_violation() {
		Page page = BrowserSupport.shared().newPage();
		try {
			page.setContent("<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
					+ "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"><input type=\"text\"></main></body></html>");
			assertThat(violations(page, "a page with an unlabelled image and field"))
				.anyMatch((line) -> line.contains("image-alt (critical)") && line.contains("img"))
				.anyMatch((line) -> line.contains("label (critical)"));
		}
		finally {
			page.context().close();
		}
	}

	/** The main pages of the signed-in area, for a person who may edit this signatory. */
	private static Map<String, String> signedInPages(long signatory, long organisation) {
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("dashboard", "/app");
		pages.put("signatories", "/app/signatories");
		pages.put("signatory", "/app/signatories/" + signatory);
		pages.put("signatory-edit", "/app/signatories/" + signatory + "/edit");
		pages.put("signatory-new", "/app/signatories/new");
		pages.put("signatory-import", "/app/signatories/import");
		pages.put("commitment-new", "/app/signatories/" + signatory + "/commitments/new");
		pages.put("inventories", "/app/signatories/" + signatory + "/inventories");
		pages.put("inventory-new", "/app/signatories/" + signatory + "/inventories/new");
		pages.put("organisations", "/app/organisations");
		pages.put("organisation", "/app/organisations/" + organisation);
		pages.put("account", "/app/account");
		pages.put("organisation-reminders", "/app/organisations/" + organisation + "/reminders");
		pages.put("notifications", "/app/notifications");
		pages.put("home", "/");
		return pages;
	}

	/**
	 * Opens each page, runs axe and saves a screenshot; fails once at the end with every
	 * blocking finding of every page.
	 */
	private void checkAll(Page page, String who, Map<String, String> pages) {
		List<String> failures = new ArrayList<>();
		for (Map.Entry<String, String> entry : pages.entrySet()) {
			Response response = page.navigate(baseUrl() + entry.getValue());
			int expected = entry.getKey().equals("not-found") ? 404 : 200;
			assertThat(response.status()).as("%s %s", who, entry.getValue()).isEqualTo(expected);
			failures.addAll(violations(page, who + " " + entry.getValue()));
			Path shot = BrowserSupport.screenshot(page, who + "-" + entry.getKey());
			assertThat(shot).exists().isNotEmptyFile();
		}
		assertThat(failures).as("axe findings of impact serious or critical").isEmpty();
	}

	/**
	 * The serious and critical axe findings on the current page, one line each (public
	 * for the browser tests of the modules' packages).
	 */
	public static List<String> violations(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(TAGS).analyze();
		assertThat(results.isErrored()).as("axe ran on %s: %s", where, results.getErrorMessage()).isFalse();
		assertThat(results.getPasses()).as("axe checked something on %s", where).isNotEmpty();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (!BLOCKING.contains(rule.getImpact())) {
				System.out.printf("axe (not blocking) %s: %s (%s) on %d element(s)%n", where, rule.getId(),
						rule.getImpact(), rule.getNodes().size());
				continue;
			}
			for (CheckedNode node : rule.getNodes()) {
				found.add("%s: %s (%s) at %s – %s".formatted(where, rule.getId(), rule.getImpact(), node.getTarget(),
						node.getFailureSummary() == null ? rule.getHelp()
								: node.getFailureSummary().replace('\n', ' ')));
			}
		}
		return found;
	}

}
