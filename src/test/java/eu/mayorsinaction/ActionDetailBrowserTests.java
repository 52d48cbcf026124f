package eu.mayorsinaction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Page;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.DetailburgFixture;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The action's page in Chromium, as the editor of a Detailburg signatory of its own:
 * uploads a PDF as evidence, adds a milestone, posts a comment, and finds the milestone
 * under "My tasks". Screenshots in {@code target/screenshots/action-*.png}.
 */
@WebIntegrationTest
class ActionDetailBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	@Test
	void the_admin_adds_and_deactivates_an_entry_of_a_code_list() {
		String base = "http://localhost:" + this.port;
		String code = "BROWSER_" + System.nanoTime() % 100000;
		Page page = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(page, base, "admin@demo.mayorsinaction.eu");
			page.click("nav a[href='/app/admin/action-codes']");
			page.fill("#add-POLICY_INSTRUMENT-code", code);
			page.fill("#add-POLICY_INSTRUMENT-label", "Grants and subsidies");
			page.click("#list-POLICY_INSTRUMENT form.code-add-form button[type=submit]");
			page.waitForSelector("tr[data-code=" + code + "]");
			page.click("tr[data-code=" + code + "] td:last-child button");
			page.waitForLoadState();
			assertThat(page.locator("tr[data-code=" + code + "]").innerText()).contains("Inactive");
			page.fill("#add-ORIGIN-code", "bad code!");
			page.click("#list-ORIGIN form.code-add-form button[type=submit]");
			page.waitForSelector("#list-ORIGIN .error-summary");
			assertThat(page.locator("#list-ORIGIN .error-summary").innerText()).contains("Code:", "Label:");
			BrowserSupport.screenshot(page, "action-codes");
		}
		finally {
			page.context().close();
		}
	}

	@Test
	void an_officer_uploads_evidence_adds_a_milestone_and_posts_a_comment() throws Exception {
		DetailburgFixture town = DetailburgFixture.create(this.organisations, this.users, this.plans);
		String base = "http://localhost:" + this.port;
		String url = base + "/app/signatories/" + town.signatory.value() + "/actions/" + town.actionId;
		Path pdf = Files.createTempFile("minutes", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		Page page = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(page, base, town.editorEmail(), DetailburgFixture.PASSWORD);
			page.navigate(url);
			assertThat(page.locator("main h1").innerText()).contains("Retrofit of the town hall");

			page.setInputFiles("#ev-file", pdf);
			page.click("form.evidence-form button[type=submit]");
			page.waitForURL((u) -> u.contains("#evidence"));
			assertThat(page.locator(".evidence-table a").innerText()).isEqualTo(pdf.getFileName().toString());

			page.fill("#ms-title", "Tender published");
			page.fill("#ms-dueDate", "2020-03-31");
			page.fill("#ms-responsibleEmail", town.editorEmail());
			page.click("form.milestone-form button[type=submit]");
			page.waitForURL((u) -> u.contains("#milestones"));
			assertThat(page.locator(".milestones-table tbody tr").innerText()).contains("Tender published", "Overdue");

			page.fill("#co-text", "The council approved the works.");
			page.click("form.comment-form button[type=submit]");
			page.waitForURL((u) -> u.contains("#comments"));
			assertThat(page.locator(".action-comment-text").innerText()).isEqualTo("The council approved the works.");
			assertThat(page.locator("#history .audit-table tbody tr").count()).isGreaterThanOrEqualTo(4);
			BrowserSupport.screenshot(page, "action-page");

			// a milestone without a due date comes back with the error linked to the
			// field
			page.fill("#ms-title", "No date");
			page.click("form.milestone-form button[type=submit]");
			page.waitForURL((u) -> u.contains("#milestones"));
			assertThat(page.locator("#milestones .error-summary a").getAttribute("href")).isEqualTo("#ms-dueDate");
			assertThat(page.locator(".milestones-table tbody tr").count()).isEqualTo(1);
			BrowserSupport.screenshot(page, "action-page-error");

			page.click("nav a[href='/app/tasks']");
			page.waitForURL((u) -> u.endsWith("/app/tasks"));
			assertThat(page.locator(".tasks-table tbody tr.task-overdue th").first().innerText())
				.isEqualTo("Tender published");
			BrowserSupport.screenshot(page, "action-tasks");
		}
		finally {
			page.context().close();
			Files.deleteIfExists(pdf);
		}
	}

}
