package eu.mayorsinaction;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.ADMIN;
import static eu.mayorsinaction.BrowserFixtures.BARCELONA_STAFF;
import static eu.mayorsinaction.BrowserFixtures.message;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress page in Chromium: the chart is drawn (under the Content Security Policy,
 * from the figures in its data attribute), the tables give the same figures, the empty
 * states explain themselves, and axe finds nothing serious. Screenshots land in
 * {@code target/screenshots/progress-*.png}. Each test makes its own signatory.
 */
@WebIntegrationTest
class ProgressBrowserTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * BEI 2007 40,000 t (4,500 + 20,200 + 13,350 + waste 1,950); 20% by 2019 → 32,000 t.
	 * MEI 2011: 4,050 + 19,190 + 12,816 + 1,944 = 38,000 t against a trajectory of 40,000
	 * − 8,000 × 4/12 = 37,333.3: behind by 666.7. MEI 2015: 2,700 + 17,170 + 11,748 +
	 * 1,382 = 33,000 t against 40,000 − 8,000 × 8/12 = 34,666.7: on track, 1,666.7 below.
	 */
	@Test
	void the_chart_is_drawn_beside_the_tables_of_changes() {
		long id = newSignatory("Chartville");
		store(id, inventory("BEI", 2007, 10000, 100000, 50000, 1950));
		store(id, inventory("MEI", 2011, 9000, 95000, 48000, 1944));
		store(id, inventory("MEI", 2015, 6000, 85000, 44000, 1382));
		this.organisations.addCommitment(admin(), new SignatoryId(id), new CommitmentData(Framework.COM_2020,
				LocalDate.of(2008, 6, 1), BigDecimal.valueOf(20), 2019, TargetKind.ABSOLUTE));

		Page page = pageIn(baseUrl(), "en");
		List<String> consoleErrors = new ArrayList<>();
		page.onConsoleMessage((message) -> {
			// htmx's own indicator style (on every page, from the shared layout) and the
			// missing favicon are not this page's doing.
			String location = String.valueOf(message.location());
			if ("error".equals(message.type()) && !location.contains("/htmx.org/") && !location.contains("favicon")) {
				consoleErrors.add(page.url() + " " + message.text() + " " + location);
			}
		});
		try {
			BrowserSupport.signIn(page, baseUrl(), BARCELONA_STAFF);
			Response response = page.navigate(baseUrl() + "/app/signatories/" + id + "/inventories/progress");
			assertThat(response.status()).isEqualTo(200);
			page.waitForSelector("#progress-chart[data-rendered=true]");

			assertThat(page.locator("main h1").innerText()).startsWith("Progress of Chartville");
			Object datasets = page
				.evaluate("() => Chart.getChart(document.getElementById('progress-chart')).data.datasets"
						+ ".map(d => d.data.length).join(',')");
			// inventories: BEI 2007, MEI 2011, MEI 2015; trajectory: 2007, 2011, 2015,
			// 2019; target
			assertThat(datasets).isEqualTo("3,4,1");
			Object painted = page.evaluate("() => { const c = document.getElementById('progress-chart');"
					+ " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
					+ " for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n; }");
			assertThat(((Number) painted).intValue()).as("painted pixels of the chart").isGreaterThan(1000);
			assertThat(page.locator("#progress-chart").getAttribute("role")).isEqualTo("img");
			assertThat(page.locator("#progress-chart").getAttribute("aria-label"))
				.isEqualTo(message("progress", null, "progress.chart.label"));

			// The text alternative: one row per year.
			assertThat(page.locator("#progress-years tbody tr").count()).isEqualTo(4);
			assertThat(page.locator("#progress-years tbody tr").nth(1).innerText()).contains("2011")
				.contains("38,000")
				.contains("37,333.3")
				.contains("Behind")
				.contains("666.7 above");
			assertThat(page.locator("#progress-years tbody tr").nth(2).innerText()).contains("33,000")
				.contains("On track")
				.contains("1,666.7 below");
			assertThat(page.locator("#progress-summary").innerText()).contains("On track")
				.contains("In 2015 the emissions were 33,000 t CO2, 1,666.7 t CO2 below the trajectory");
			// 2015 municipal buildings: 4,500 → 2,700 t: −1,800, −40%
			assertThat(page.locator("#progress-mei-2015 table.progress-sectors tbody tr").first().innerText())
				.contains("Municipal buildings")
				.contains("4,500")
				.contains("2,700")
				.contains("-1,800")
				.contains("-40");
			assertThat(page.locator("#progress-mei-2015 table.progress-carriers caption").innerText())
				.contains("MEI 2015 against the BEI 2007");

			List<String> failures = AccessibilityTests.violations(page, "progress page");
			assertThat(BrowserSupport.screenshot(page, "progress-chart")).exists();
			assertThat(failures).as("axe findings").isEmpty();
			assertThat(consoleErrors).as("console errors (a CSP violation shows here)").isEmpty();

			// The same page in Greek draws too.
			page.navigate(baseUrl() + "/app/signatories/" + id + "/inventories/progress?lang=el");
			page.waitForSelector("#progress-chart[data-rendered=true]");
			assertThat(page.locator("main h1").innerText()).contains("Πρόοδος");
			BrowserSupport.screenshot(page, "progress-chart-el");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void the_empty_states_explain_what_is_missing() {
		long id = newSignatory("Blankville");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), ADMIN);
			Response response = page.navigate(baseUrl() + "/app/signatories/" + id + "/inventories/progress");
			assertThat(response.status()).isEqualTo(200);
			assertThat(page.locator("#progress-no-commitment").innerText())
				.contains(message("progress", null, "progress.commitment.none"));
			assertThat(page.locator("#progress-no-baseline").innerText())
				.contains(message("progress", null, "progress.baseline.none"));
			assertThat(page.locator("#progress-chart").count()).isZero();
			List<String> failures = AccessibilityTests.violations(page, "empty progress page");
			BrowserSupport.screenshot(page, "progress-empty");
			assertThat(failures).as("axe findings").isEmpty();

			// From the signatory's page, a link leads there.
			page.navigate(baseUrl() + "/app/signatories/" + id);
			page.click("a[href$='/inventories/progress']");
			page.waitForURL((url) -> url.endsWith("/inventories/progress"));
			assertThat(page.locator("main h1").innerText()).startsWith("Progress of Blankville");
		}
		finally {
			page.context().close();
		}
	}

	private long newSignatory(String name) {
		MiaUser barcelona = (MiaUser) this.users.loadUserByUsername(BARCELONA_STAFF);
		return this.organisations
			.createSignatory(this.users.currentActor(barcelona.id()),
					new SignatoryData(name + " " + UUID.randomUUID().toString().substring(0, 8), "ES", "Barcelona",
							40000, 2021, null, null, null, null, null, SignatoryStatus.ACTIVE, null, false, null),
					new OrganisationId(
							this.organisations.findOrganisations(admin(), "Province of Barcelona", null, 0, 10)
								.items()
								.get(0)
								.id()))
			.id();
	}

	private void store(long signatory, String body) {
		String basic = Base64.getEncoder()
			.encodeToString((BARCELONA_STAFF + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest
			.newBuilder(URI.create(baseUrl() + "/api/v1/signatories/" + signatory + "/inventories"))
			.header("Authorization", "Basic " + basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("POST inventory: %s", response.body()).isEqualTo(201);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * 40,000 inhabitants, 0.45 t/MWh for electricity: municipal electricity, residential
	 * natural gas (0.202), private diesel (0.267) [MWh], waste [t].
	 */
	private static String inventory(String type, int year, double electricity, double gas, double diesel,
			double waste) {
		return """
				{ "type": "%s", "year": %d, "population": 40000, "nationalElectricityFactor": 0.45,
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": %s },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": %s },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": %s } ],
				  "nonEnergy": [ { "sector": "WASTE", "tco2": %s } ] }
				""".formatted(type, year, electricity, gas, diesel, waste);
	}

	private static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

}
