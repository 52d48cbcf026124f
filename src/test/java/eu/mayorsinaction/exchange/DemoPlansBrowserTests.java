package eu.mayorsinaction.exchange;

import java.util.Set;

import com.microsoft.playwright.Page;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Chiavari editor sees the demo's illustrative BEI in Chromium: listed with the
 * inventories under a demo banner that says so, and on its page every source note says
 * the figures are illustrative. (Chiavari, index 1 of the demo file: SECAP, BEI 2010.)
 */
@WebIntegrationTest
class DemoPlansBrowserTests {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	ActionPlanManagement plans;

	@Test
	void the_editor_sees_the_illustrative_bei_of_the_demo_plan() {
		String baseUrl = "http://localhost:" + this.port;
		long chiavari = this.organisations
			.findSignatories(ADMIN, new SignatoryQuery("Chiavari", null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals("Chiavari"))
			.findFirst()
			.orElseThrow()
			.id();
		PlanView plan = this.plans.plans(ADMIN, new SignatoryId(chiavari))
			.stream()
			.filter((p) -> p.title().endsWith("(illustrativo)"))
			.findFirst()
			.orElseThrow();
		Page page = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(page, baseUrl, "editor.chiavari@demo.mayorsinaction.eu");
			page.navigate(baseUrl + "/app/signatories/" + chiavari + "/inventories");
			assertThat(page.locator("main table").innerText()).contains("BEI 2010");
			// the editor's language is Italian: the demo banner says plans are
			// and reports illustrative too
			assertThat(page.locator(".demo-banner").innerText())
				.contains("inventari di base, piani d'azione, azioni e relazioni di monitoraggio");
			BrowserSupport.screenshot(page, "demo-plans-inventories");

			page.navigate(baseUrl + "/app/signatories/" + chiavari + "/inventories/" + plan.beiInventoryId());
			assertThat(page.locator("main h1").innerText()).contains("2010");
			String notes = page.locator("#view-sources").innerText();
			assertThat(notes).contains(DemoPlans.NOTE + ": 27314 inhabitants (sourced, see the signatory) x 3.2 MWh");
			assertThat(page.locator("#view-sources tbody tr").count()).isEqualTo(21);
			BrowserSupport.screenshot(page, "demo-plans-bei");
		}
		finally {
			page.close();
		}
	}

}
