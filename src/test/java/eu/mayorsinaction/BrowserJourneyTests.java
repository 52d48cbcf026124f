package eu.mayorsinaction;

import java.text.MessageFormat;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.ADMIN;
import static eu.mayorsinaction.BrowserFixtures.BARCELONA_STAFF;
import static eu.mayorsinaction.BrowserFixtures.CHIAVARI_EDITOR;
import static eu.mayorsinaction.BrowserFixtures.GENOA_COORDINATOR;
import static eu.mayorsinaction.BrowserFixtures.listedSignatories;
import static eu.mayorsinaction.BrowserFixtures.message;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static eu.mayorsinaction.BrowserFixtures.signatoryId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform as people use it, in Chromium: every demo role signs in and sees its own
 * navigation; the pages switch to Dutch and Greek; a coordinator sees only the
 * signatories it supports and a municipality user gets 404 on another municipality; a
 * staff member registers and edits a signatory. Screenshots land in
 * {@code target/screenshots/}.
 */
@WebIntegrationTest
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			// email, admin link, may create signatories, home signatory (only one listed)
			"admin@demo.mayorsinaction.eu,             true,  true,  ",
			"coordinator.genoa@demo.mayorsinaction.eu, false, true,  ",
			"staff.barcelona@demo.mayorsinaction.eu,   false, true,  ",
			"supporter.cres@demo.mayorsinaction.eu,    false, true,  ",
			"editor.chiavari@demo.mayorsinaction.eu,   false, false, Chiavari",
			"viewer.sabadell@demo.mayorsinaction.eu,   false, false, Sabadell" })
	void each_demo_role_signs_in_and_sees_the_navigation_of_its_role(String email, boolean admin, boolean mayCreate,
			String ownSignatory) {
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), email);
			assertThat(page.url()).endsWith("/app");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("messages", null, "dashboard.title"));

			var nav = page.locator("#mainNav");
			assertThat(nav.locator("a[href='/app']").innerText()).isEqualTo(message("messages", null, "nav.dashboard"));
			assertThat(nav.locator("a[href='/app/signatories']").innerText())
				.isEqualTo(message("messages", null, "nav.signatories"));
			assertThat(nav.locator("a[href='/app/account']").innerText())
				.isEqualTo(message("messages", null, "nav.account"));
			assertThat(nav.locator("form[action='/logout'] button").innerText())
				.isEqualTo(message("messages", null, "nav.signOut"));
			assertThat(nav.locator("a[href='/login']").count()).as("no sign-in link once signed in").isZero();
			assertThat(nav.locator("a[href='/app/admin/users']").count()).as("Accounts link").isEqualTo(admin ? 1 : 0);
			if (admin) {
				assertThat(nav.locator("a[href='/app/admin/users']").innerText())
					.isEqualTo(message("messages", null, "nav.users"));
			}
			// The admin pages themselves are closed to everyone else.
			Response users = page.navigate(baseUrl() + "/app/admin/users");
			assertThat(users.status()).as("/app/admin/users for %s", email)
				.isIn(admin ? List.of(200) : List.of(403, 404));

			page.navigate(baseUrl() + "/app/signatories");
			assertThat(page.locator("a[href='/app/signatories/new']").count()).as("New signatory button")
				.isEqualTo(mayCreate ? 1 : 0);
			List<String> listed = listedSignatories(page);
			if (ownSignatory != null) {
				assertThat(listed).containsExactly(ownSignatory);
			}
			else {
				assertThat(listed).hasSizeGreaterThan(1);
			}
			BrowserSupport.screenshot(page, "roles-" + email.substring(0, email.indexOf('@')) + "-signatories");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void the_language_picker_switches_the_pages_to_dutch_and_to_greek() {
		Page page = BrowserSupport.shared().newPage("en-GB");
		try {
			// Anonymous visitor: the picker on the sign-in page.
			page.navigate(baseUrl() + "/login");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
			switchLanguage(page, "nl");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("messages", "nl", "login.title"));
			assertThat(page.locator("#mainNav a[href='/login']").innerText())
				.isEqualTo(message("messages", "nl", "nav.signIn"));
			BrowserSupport.screenshot(page, "login-nl");

			// Signed in: the chosen language stays on every page until changed again.
			BrowserSupport.signIn(page, baseUrl(), ADMIN);
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("nl");
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("messages", "nl", "dashboard.title"));
			page.navigate(baseUrl() + "/app/signatories");
			assertThat(page.locator("main h1").innerText())
				.isEqualTo(message("organisation", "nl", "signatory.list.title"));
			assertThat(page.locator("#mainNav a[href='/app/admin/users']").innerText())
				.isEqualTo(message("messages", "nl", "nav.users"));
			BrowserSupport.screenshot(page, "signatories-nl");

			switchLanguage(page, "el");
			assertThat(page.url()).contains("/app/signatories");
			assertThat(page.locator("html").getAttribute("lang")).isEqualTo("el");
			assertThat(page.locator("main h1").innerText())
				.isEqualTo(message("organisation", "el", "signatory.list.title"));
			assertThat(page.locator("#mainNav a[href='/app']").innerText())
				.isEqualTo(message("messages", "el", "nav.dashboard"));
			assertThat(page.locator("label[for=q]").innerText())
				.isEqualTo(message("organisation", "el", "signatory.list.search"));
			BrowserSupport.screenshot(page, "signatories-el");
			page.navigate(baseUrl() + "/app");
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("messages", "el", "dashboard.title"));
			BrowserSupport.screenshot(page, "dashboard-el");
		}
		finally {
			// The picker also stored the admin's preference: give it back its English.
			page.navigate(baseUrl() + "/app?lang=en");
			page.context().close();
		}
	}

	private static void switchLanguage(Page page, String language) {
		page.waitForNavigation(() -> page.selectOption("#lang-picker", language));
		page.waitForLoadState();
	}

	@Test
	void a_coordinator_lists_only_the_signatories_its_organisation_supports() {
		long genoa = BrowserFixtures.organisationId(baseUrl(), "Metropolitan City of Genoa");
		Page admin = pageIn(baseUrl(), "en");
		Page coordinator = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(admin, baseUrl(), ADMIN);
			admin.navigate(baseUrl() + "/app/signatories?size=100");
			assertThat(listedSignatories(admin)).as("the admin sees every municipality")
				.contains("Genova", "Chiavari", "Sabadell", "Terrassa", "Zagreb");
			admin.navigate(baseUrl() + "/app/signatories?size=100&supporter=" + genoa);
			List<String> supportedByGenoa = listedSignatories(admin);

			BrowserSupport.signIn(coordinator, baseUrl(), GENOA_COORDINATOR);
			coordinator.navigate(baseUrl() + "/app/signatories?size=100");
			List<String> listed = listedSignatories(coordinator);
			BrowserSupport.screenshot(coordinator, "coordinator-genoa-signatories");
			assertThat(listed).contains("Genova", "Chiavari")
				.doesNotContain("Sabadell", "Terrassa", "Zagreb", "Leuven")
				.allMatch(supportedByGenoa::contains);
			assertThat(coordinator.locator("main p[role=status]").innerText()).contains(String.valueOf(listed.size()));

			// Searching for another coordinator's municipality finds nothing.
			coordinator.navigate(baseUrl() + "/app/signatories?q=Sabadell");
			assertThat(listedSignatories(coordinator)).isEmpty();
			// Nor does its address open.
			Response direct = coordinator
				.navigate(baseUrl() + "/app/signatories/" + signatoryId(baseUrl(), "Sabadell"));
			assertThat(direct.status()).isEqualTo(404);
		}
		finally {
			admin.context().close();
			coordinator.context().close();
		}
	}

	@Test
	void a_municipality_user_gets_404_on_another_municipality() {
		long chiavari = signatoryId(baseUrl(), "Chiavari");
		long sabadell = signatoryId(baseUrl(), "Sabadell");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), CHIAVARI_EDITOR);
			Response own = page.navigate(baseUrl() + "/app/signatories/" + chiavari);
			assertThat(own.status()).isEqualTo(200);
			assertThat(page.locator("main h1").innerText()).isEqualTo("Chiavari");
			assertThat(page.locator("a[href='/app/signatories/" + chiavari + "/edit']").count())
				.as("the editor may edit its own municipality")
				.isEqualTo(1);

			for (String path : List.of("", "/edit", "/commitments/new")) {
				Response other = page.navigate(baseUrl() + "/app/signatories/" + sabadell + path);
				assertThat(other.status()).as("/app/signatories/{Sabadell}%s", path).isEqualTo(404);
				assertThat(page.locator("main h1").innerText()).isEqualTo(message("messages", null, "error.title"));
				assertThat(page.locator("main p.lead").innerText()).isEqualTo(MessageFormat
					.format(message("organisation", null, "organisation.signatoryNotFound"), String.valueOf(sabadell)));
				assertThat(page.content()).doesNotContain("Sabadell").doesNotContain("Exception");
			}
			BrowserSupport.screenshot(page, "error-404");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void a_staff_member_registers_a_signatory_edits_its_population_and_sees_a_validation_error() {
		String name = "Vilanova Test " + UUID.randomUUID().toString().substring(0, 8);
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), BARCELONA_STAFF);
			page.navigate(baseUrl() + "/app/signatories");
			page.waitForNavigation(() -> page.click("a[href='/app/signatories/new']"));
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("organisation", null, "signatory.new"));
			page.fill("#name", name);
			page.selectOption("#country", "ES");
			page.fill("#region", "Barcelona (Catalunya)");
			page.fill("#population", "12000");
			page.fill("#populationYear", "2024");
			page.fill("#adhesionDate", "2021-03-15");
			assertThat(page.locator("#supportedBy option:checked").innerText()).contains("Barcelona");
			BrowserSupport.screenshot(page, "signatory-new");
			page.waitForNavigation(() -> page.click("main form button[type=submit]"));

			assertThat(page.url()).matches(".*/app/signatories/\\d+$");
			assertThat(page.locator("main h1").innerText()).isEqualTo(name);
			assertThat(page.locator("main dl").innerText()).contains("12,000");
			String detailUrl = page.url();
			BrowserSupport.screenshot(page, "signatory-detail");

			page.waitForNavigation(() -> page.click("main a[href$='/edit']"));
			assertThat(page.locator("#population").inputValue()).isEqualTo("12000");
			page.fill("#population", "12500");
			page.waitForNavigation(() -> page.click("main form button[type=submit]"));
			assertThat(page.url()).isEqualTo(detailUrl);
			assertThat(page.locator("main dl").innerText()).contains("12,500").doesNotContain("12,000");

			page.navigate(detailUrl + "/edit");
			page.fill("#population", "0");
			page.waitForNavigation(() -> page.click("main form button[type=submit]"));
			assertThat(page.locator("#population").getAttribute("class")).contains("is-invalid");
			assertThat(page.locator("#population").getAttribute("aria-describedby")).isEqualTo("population-error");
			assertThat(page.locator("#population-error").innerText()).isEqualTo(message("messages", null, "Positive"));
			BrowserSupport.screenshot(page, "signatory-edit-invalid");

			// Nothing was saved: the population is still the last valid one.
			page.navigate(detailUrl);
			assertThat(page.locator("main dl").innerText()).contains("12,500");
		}
		finally {
			page.context().close();
		}
	}

}
