package eu.mayorsinaction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.mayorsinaction.inventory.BulkFixture;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A coordinator of a new organisation with 500 signatories imports one CSV file of all
 * their BEIs (3 values each: 1,500 rows) and watches the progress bar, polled by htmx,
 * reach 100 %; then a file with a bad row fails with its report.
 */
@WebIntegrationTest
class BulkImportBrowserTests {

	private static final int SIGNATORIES = 500;

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void a_coordinator_imports_500_signatories_and_watches_the_progress_bar() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, SIGNATORIES);
		StringBuilder csv = new StringBuilder(
				"signatory_id,inventory_type,inventory_year,population,sector,carrier,mwh,tco2,provenance\n");
		for (long id : tenant.signatoryIds()) {
			csv.append(id).append(",BEI,2009,20000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,MEASURED\n");
			csv.append(id).append(",BEI,2009,20000,MUNICIPAL_FLEET,DIESEL,100,,\n");
			csv.append(id).append(",BEI,2009,20000,WASTE,,,10,\n");
		}
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), tenant.email(), BulkFixture.PASSWORD);
			page.locator("nav a[href$='/app/inventories/bulk']").click();
			assertThat(page.locator("main h1").innerText()).isEqualTo("Bulk import and export of inventories");
			assertThat(AccessibilityTests.violations(page, "bulk import page")).isEmpty();
			BrowserSupport.screenshot(page, "bulk-import-form");
			page.locator("#file")
				.setInputFiles(new FilePayload("inventories.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)));
			page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
			page.waitForURL((url) -> url.matches(".*/app/inventories/bulk/[0-9a-f-]{36}$"));

			List<Integer> seen = new ArrayList<>();
			long until = System.currentTimeMillis() + 180_000;
			while (System.currentTimeMillis() < until) {
				String value = page.locator("#bulk-bar").getAttribute("aria-valuenow");
				seen.add(Integer.valueOf(value));
				if ("DONE".equals(page.locator("#bulk-progress").getAttribute("data-state"))
						|| "FAILED".equals(page.locator("#bulk-progress").getAttribute("data-state"))) {
					break;
				}
				if (seen.size() == 3) {
					BrowserSupport.screenshot(page, "bulk-import-running");
				}
				page.waitForTimeout(200);
			}
			assertThat(page.locator("#bulk-progress").getAttribute("data-state")).isEqualTo("DONE");
			assertThat(page.locator("#bulk-bar").getAttribute("role")).isEqualTo("progressbar");
			assertThat(page.locator("#bulk-bar").getAttribute("aria-valuenow")).isEqualTo("100");
			// never backwards
			for (int i = 1; i < seen.size(); i++) {
				assertThat(seen.get(i)).isGreaterThanOrEqualTo(seen.get(i - 1));
			}
			// 500 BEIs of 3 values each = 1,500 values
			assertThat(page.locator("#bulk-progress [role=status]").innerText())
				.isEqualTo("Done: 500 inventories stored (1,500 values).");
			assertThat(AccessibilityTests.violations(page, "bulk import job page")).isEmpty();
			BrowserSupport.screenshot(page, "bulk-import-done");

			// The same file again: every inventory exists, nothing is stored, a report.
			page.navigate(baseUrl() + "/app/inventories/bulk");
			page.locator("#file")
				.setInputFiles(new FilePayload("inventories.csv", "text/csv",
						csv.toString().getBytes(StandardCharsets.UTF_8)));
			page.locator("form[enctype='multipart/form-data'] button[type=submit]").click();
			page.waitForSelector("#bulk-progress[data-state=FAILED]",
					new Page.WaitForSelectorOptions().setTimeout(120_000));
			assertThat(page.locator("#bulk-progress [role=status]").innerText())
				.isEqualTo("Nothing was stored: 500 errors found.");
			assertThat(page.locator("table.bulk-errors tbody tr").count()).isEqualTo(50);
			assertThat(page.locator("table.bulk-errors tbody tr").first().innerText()).contains("2",
					"already has a BEI inventory for 2009");
			assertThat(page.locator("a[href$='/errors.csv']").count()).isEqualTo(1);
			assertThat(AccessibilityTests.violations(page, "bulk import failed page")).isEmpty();
			BrowserSupport.screenshot(page, "bulk-import-failed");
		}
		finally {
			page.close();
		}
	}

}
