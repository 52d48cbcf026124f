package eu.mayorsinaction.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.FilePayload;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform admin adds a factor set in Chromium: the admin navigation leads to the
 * list, an upload with a bad row shows the error with its line and offers nothing to
 * store, a good upload is previewed factor by factor and stored on confirmation, and the
 * same name again becomes version 2. A municipal officer gets 403 on these pages. Every
 * page passes axe (no serious or critical finding) and lands in
 * {@code target/screenshots/factor-set-*.png}.
 */
@WebIntegrationTest
class FactorSetBrowserTests {

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	@LocalServerPort
	int port;

	@Autowired
	FactorSetManagement factorSets;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_admin_uploads_a_set_with_a_preview_and_confirms_it_and_the_same_name_again_is_version_2() {
		String name = "Browser set " + UUID.randomUUID().toString().substring(0, 8);
		int before = this.factorSets.factorSets().size();
		Page page = english();
		List<String> axe = new ArrayList<>();
		try {
			BrowserSupport.signIn(page, baseUrl(), ADMIN);
			page.click("#mainNav a[href='/app/admin/factor-sets']");
			page.waitForURL((url) -> url.endsWith("/app/admin/factor-sets"));
			assertThat(page.locator("main h1").innerText()).isEqualTo("Emission factor sets");
			assertThat(page.locator("table.factor-set-list tbody tr").allInnerTexts())
				.anyMatch((row) -> row.contains(ReferenceFactorSets.NAME) && row.contains("default"));
			axe.addAll(violations(page, "factor set list"));
			BrowserSupport.screenshot(page, "factor-set-list");

			// The shipped set: every factor, and the notes on the units as the sources
			// label them.
			page.click("table.factor-set-list a[aria-label*='" + ReferenceFactorSets.NAME + "']");
			page.waitForURL((url) -> url.matches(".*/app/admin/factor-sets/\\d+$"));
			assertThat(page.locator(".factor-set-notes").innerText()).contains("CO2-eq");
			assertThat(page.locator("table.factor-set-fuels tr[data-carrier=NATURAL_GAS] td").last().innerText())
				.isEqualTo("0.202");
			assertThat(page.locator("table.factor-set-electricity tbody tr").count())
				.as("28 countries and the EU average")
				.isEqualTo(29);
			assertThat(page.locator("table.factor-set-electricity tr[data-country=IT]").innerText())
				.isEqualTo("Italy\t0.464\t0.413\t0.407\t0.405\t0.391\t0.344");
			axe.addAll(violations(page, "shipped factor set"));
			BrowserSupport.screenshot(page, "factor-set-shipped");
			page.navigate(baseUrl() + "/app/admin/factor-sets");

			page.click("main a[href='/app/admin/factor-sets/upload']");
			page.fill("#name", name);
			page.fill("#source", "Browser test: natural gas 0.25 t/MWh");
			page.fill("#notes", "Made up for a test.");
			page.setInputFiles("#file", csv("""
					kind,key,year,factor
					fuel,NATURAL_GAS,,0.25
					fuel,WOOD,,0.1
					electricity,IT,2013,0.344
					"""));
			page.waitForNavigation(() -> page.click("form.factor-set-upload-form button[type=submit]"));
			assertThat(page.locator(".factor-set-errors li").allInnerTexts()).singleElement()
				.asString()
				.contains("Line 3:")
				.contains("WOOD");
			assertThat(page.locator("form.factor-set-confirm").count()).as("nothing to store").isZero();
			axe.addAll(violations(page, "upload preview with an error"));
			BrowserSupport.screenshot(page, "factor-set-upload-bad-row");
			assertThat(this.factorSets.factorSets()).hasSize(before);

			// The description fields kept their values: choose a corrected file only.
			assertThat(page.inputValue("#name")).isEqualTo(name);
			page.setInputFiles("#file", csv("""
					kind,key,year,factor
					fuel,NATURAL_GAS,,0.25
					fuel,DIESEL,,0.267
					electricity,IT,2013,0.344
					electricity,EU28,2013,0.4
					"""));
			page.waitForNavigation(() -> page.click("form.factor-set-upload-form button[type=submit]"));
			assertThat(page.locator(".factor-set-preview h2").innerText()).contains("4 factors")
				.contains(name)
				.contains("version 1");
			assertThat(page.locator("table.factor-set-preview-fuels tbody tr").allInnerTexts())
				.containsExactly("2\tNatural gas NATURAL_GAS\t0.25", "3\tDiesel DIESEL\t0.267");
			assertThat(page.locator("table.factor-set-preview-electricity tbody tr").allInnerTexts())
				.containsExactly("4\tItaly\t2013\t0.344", "5\tEU average (EU28)\t2013\t0.4");
			axe.addAll(violations(page, "upload preview"));
			BrowserSupport.screenshot(page, "factor-set-upload-preview");
			assertThat(this.factorSets.factorSets()).as("nothing stored before confirming").hasSize(before);

			page.click("form.factor-set-confirm button[type=submit]");
			page.waitForURL((url) -> url.matches(".*/app/admin/factor-sets/\\d+$"));
			assertThat(page.locator(".alert-success").innerText()).isEqualTo(name + " (version 1) is stored.");
			assertThat(page.locator("main h1").innerText()).isEqualTo(name + " (version 1)");
			assertThat(page.locator("table.factor-set-fuels tr[data-carrier=NATURAL_GAS] td").last().innerText())
				.isEqualTo("0.25");
			assertThat(page.locator("table.factor-set-fuels tr[data-carrier=COAL] td").last().innerText())
				.isEqualTo("none: an inventory using it gives its own");
			assertThat(page.locator("table.factor-set-electricity tr[data-country=IT]").innerText()).contains("0.344");
			axe.addAll(violations(page, "one factor set"));
			BrowserSupport.screenshot(page, "factor-set-page");
			assertThat(this.factorSets.factorSets()).hasSize(before + 1);

			page.navigate(baseUrl() + "/app/admin/factor-sets/upload");
			page.fill("#name", name);
			page.fill("#source", "Browser test, corrected");
			page.setInputFiles("#file", csv("kind,key,year,factor\nfuel,NATURAL_GAS,,0.26\n"));
			page.waitForNavigation(() -> page.click("form.factor-set-upload-form button[type=submit]"));
			assertThat(page.locator(".factor-set-preview h2").innerText()).contains("version 2");
			page.click("form.factor-set-confirm button[type=submit]");
			page.waitForURL((url) -> url.matches(".*/app/admin/factor-sets/\\d+$"));
			assertThat(page.locator("main h1").innerText()).isEqualTo(name + " (version 2)");
			assertThat(this.factorSets.factorSets()).filteredOn((s) -> s.name().equals(name))
				.extracting(FactorSetSummary::version)
				.containsExactly(2, 1);
		}
		finally {
			page.context().close();
		}
		assertThat(axe).as("axe findings of impact serious or critical").isEmpty();
	}

	@Test
	void a_municipal_officer_gets_403_on_the_factor_set_pages() {
		Page page = english();
		try {
			BrowserSupport.signIn(page, baseUrl(), CHIAVARI_EDITOR);
			assertThat(page.locator("#mainNav a[href='/app/admin/factor-sets']").count()).isZero();
			for (String path : List.of("/app/admin/factor-sets", "/app/admin/factor-sets/upload",
					"/app/admin/factor-sets/" + this.factorSets.defaultSet().id())) {
				Response response = page.navigate(baseUrl() + path);
				assertThat(response.status()).as(path).isEqualTo(403);
			}
		}
		finally {
			page.context().close();
		}
	}

	private Page english() {
		Page page = BrowserSupport.shared().newPage("en-GB");
		page.context().addCookies(List.of(new Cookie("mia-lang", "en").setUrl(baseUrl() + "/")));
		return page;
	}

	private static FilePayload csv(String content) {
		return new FilePayload("factors.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> violations(Page page, String where) {
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		assertThat(results.isErrored()).as("axe ran on %s", where).isFalse();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (Set.of("serious", "critical").contains(rule.getImpact())) {
				found.add(where + ": " + rule.getId() + " " + rule.getHelp() + " at "
						+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList());
			}
		}
		return found;
	}

}
