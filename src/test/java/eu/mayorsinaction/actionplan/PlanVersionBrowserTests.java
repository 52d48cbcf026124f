package eu.mayorsinaction.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.PlanVersionFixture.Made;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.actionplan.PlanVersionFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the Genoa coordinator submits a Versionville plan to the Covenant, an
 * action is changed afterwards (through the service: the action form belongs to the plan
 * pages), and the coordinator opens the comparison from the versions page and sees the
 * change. Pages pass axe (no serious or critical finding); screenshots in
 * {@code target/screenshots/plan-versions-*.png}.
 */
@WebIntegrationTest
class PlanVersionBrowserTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	ActionPlanManagement plans;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_coordinator_submits_the_plan_and_compares_it_after_an_edit() {
		Made made = PlanVersionFixture.plan(this.organisations, this.inventories, this.plans, true);
		String url = baseUrl() + "/app/signatories/" + made.id() + "/plans/" + made.plan();
		List<String> axe = new ArrayList<>();
		Page page = BrowserSupport.shared().newPage("en-GB");
		page.context().addCookies(List.of(new Cookie("mia-lang", "en").setUrl(baseUrl() + "/")));
		try {
			BrowserSupport.signIn(page, baseUrl(), GENOA);
			page.navigate(url + "/versions");
			assertThat(page.locator("#version-panel-state").innerText()).isEqualTo("Not submitted yet.");
			page.fill("#submittedOn", "2018-01-15");
			axe.addAll(violations(page, "versions page before the submission"));
			page.click("#submit-button");
			page.waitForSelector("#version-1");
			assertThat(page.locator(".alert-success").innerText()).isEqualTo("Edition 1 was submitted and frozen.");
			assertThat(page.locator("#version-1").innerText()).contains("750", "150,000", "300");
			axe.addAll(violations(page, "versions page with edition 1"));
			BrowserSupport.screenshot(page, "plan-versions-list");

			page.click("#version-1 a >> nth=0");
			page.waitForSelector("#frozen-banner");
			assertThat(page.locator("#frozen-banner").innerText())
				.contains("Edition 1 is frozen: submitted to the Covenant on Jan 15, 2018 by");
			axe.addAll(violations(page, "frozen edition 1"));
			BrowserSupport.screenshot(page, "plan-versions-frozen");

			this.plans.updateAction(ADMIN, made.signatory(), made.cycleLanes(),
					PlanVersionFixture.cycleLanesDone(made.plan(), 0));

			page.navigate(url + "/versions");
			assertThat(page.locator("#version-panel-state").innerText())
				.isEqualTo("Edition 2 — changed since edition 1 was submitted on Jan 15, 2018.");
			page.click("#version-panel-compare");
			page.waitForSelector("#action-changes");
			List<String> rows = page.locator("#action-changes tbody tr").allInnerTexts();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0)).contains("Changed", "Cycle lanes", "Status", "Ongoing", "Completed");
			assertThat(rows.get(1)).contains("Changed", "Cycle lanes", "CO2 reduction (t CO2/a)", "99", "150");
			assertThat(page.locator("#target-from").innerText()).contains("300");
			assertThat(page.locator("#target-to").innerText()).contains("351");
			axe.addAll(violations(page, "comparison of edition 1 with the current plan"));
			BrowserSupport.screenshot(page, "plan-versions-compare");
		}
		finally {
			page.context().close();
		}
		assertThat(axe).isEmpty();
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
