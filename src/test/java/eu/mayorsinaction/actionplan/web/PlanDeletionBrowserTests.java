package eu.mayorsinaction.actionplan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.AccessibilityTests.violations;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the Genoa coordinator deletes an action of a Deleteville plan made by
 * mistake from the action's page through the confirmation page; the register no longer
 * lists it. Pages pass axe (no serious or critical finding); screenshots in
 * {@code target/screenshots/delete-*.png}.
 */
@WebIntegrationTest
class PlanDeletionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	ActionDetails details;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_coordinator_deletes_an_action_through_the_confirmation_page() {
		DeletevilleFixture town = DeletevilleFixture.create(this.organisations, this.users, this.plans, this.details,
				"Deleteville SECAP 2030");
		ActionView mistake = town.action("Deleteville duplicate bus depot", 120, 250000);
		town.details(mistake.id());
		ActionView lamps = town.action("Deleteville street lamps", 30, 80000);
		String signatory = baseUrl() + "/app/signatories/" + town.id();
		List<String> axe = new ArrayList<>();
		Page page = BrowserSupport.shared().newPage("en-GB");
		page.context().addCookies(List.of(new Cookie("mia-lang", "en").setUrl(baseUrl() + "/")));
		try {
			BrowserSupport.signIn(page, baseUrl(), PagetownFixture.GENOA);
			page.navigate(signatory + "/actions/" + mistake.id());
			BrowserSupport.screenshot(page, "delete-action-page");
			page.click("#delete-action");
			page.waitForSelector("#confirm-delete");
			assertThat(page.locator("h1").innerText())
				.isEqualTo("Delete the action “Deleteville duplicate bus depot”?");
			assertThat(page.locator(".scope-milestones").innerText()).isEqualTo("2");
			assertThat(page.locator(".scope-evidence").innerText())
				.isEqualTo("1 (1.5 kB; the files' content is deleted too)");
			axe.addAll(violations(page, "confirmation of the action's deletion"));
			BrowserSupport.screenshot(page, "delete-action-confirm");

			page.click("#confirm-delete");
			page.waitForURL(signatory + "/actions");
			assertThat(page.locator(".alert-success").innerText())
				.isEqualTo("The action “Deleteville duplicate bus depot” was deleted.");
			assertThat(page.content()).doesNotContain("Deleteville duplicate bus depot</a>")
				.contains("Deleteville street lamps");
			axe.addAll(violations(page, "register after the deletion"));
			BrowserSupport.screenshot(page, "delete-action-done");

			// someone else starts the lamps while the coordinator confirms their deletion
			page.navigate(signatory + "/actions/" + lamps.id() + "/delete");
			this.plans.updateStatuses(town.genoa, town.signatory, Map.of(lamps.id(), lamps.version()),
					ActionStatus.ONGOING);
			page.click("#confirm-delete");
			page.waitForSelector("#changed-meanwhile");
			assertThat(page.locator(".fact-status").innerText()).isEqualTo("Ongoing");
			axe.addAll(violations(page, "confirmation after a change meanwhile"));
			BrowserSupport.screenshot(page, "delete-action-changed");

			page.navigate(signatory + "/plans/" + town.plan);
			page.click("#delete-plan");
			page.waitForSelector("#confirm-delete");
			assertThat(page.locator(".scope-actions").innerText()).isEqualTo("1");
			axe.addAll(violations(page, "confirmation of the plan's deletion"));
			BrowserSupport.screenshot(page, "delete-plan-confirm");
		}
		finally {
			page.context().close();
		}
		assertThat(axe).isEmpty();
	}

}
