package eu.mayorsinaction;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import eu.mayorsinaction.inventory.template.FilledTemplates;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.CHIAVARI_EDITOR;
import static eu.mayorsinaction.BrowserFixtures.message;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static eu.mayorsinaction.BrowserFixtures.signatoryId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A municipal officer uploads the Covenant's SEAP template, reads the preview (values,
 * skipped cells, the difference from the sheet's Table B) and confirms; the inventories
 * are then listed. Chiavari's years 2001/2002 are used only here.
 */
@WebIntegrationTest
class TemplateImportBrowserTests {

	@LocalServerPort
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void an_officer_uploads_a_template_and_confirms_the_preview() throws Exception {
		long chiavari = signatoryId(baseUrl(), "Chiavari");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), CHIAVARI_EDITOR);
			page.navigate(baseUrl() + "/app/signatories/" + chiavari + "/inventories/import");
			assertThat(page.locator("main h1").innerText()).contains("Chiavari");
			page.locator("#file")
				.setInputFiles(new FilePayload("seap-chiavari.xls", "application/vnd.ms-excel",
						FilledTemplates.filled(false, false, 2001, 2002)));
			page.locator("main form button[type=submit]").first().click();
			// The preview is a new page: wait for its second inventory before counting.
			page.locator("article.card").nth(1).waitFor();
			assertThat(page.locator("article.card").count()).isEqualTo(2);
			String preview = page.locator("main").innerText();
			// The skipped text of F29 and Table B's 700 t against the computed 494.214 t,
			// the net exporter EFE 0.247107 t/MWh
			// (see
			// InventoryTemplateApiTests for the working).
			assertThat(preview).contains("F29", "\"n/a\" is not a number: skipped.", "700", "494.214", "0.247107 t/MWh",
					"Residential buildings / Electricity");
			BrowserSupport.screenshot(page, "template-import-preview");
			page.locator("form[action$='/import/confirm'] button[type=submit]").click();
			page.waitForURL("**/app/signatories/" + chiavari + "/inventories");
			assertThat(page.url()).endsWith("/app/signatories/" + chiavari + "/inventories");
			assertThat(page.locator("main .alert-success").innerText()).contains("2");
			assertThat(page.locator("main table").innerText()).contains("BEI 2001", "MEI 2002");
			BrowserSupport.screenshot(page, "template-import-stored");
			assertThat(message("template", null, "template.import.title")).isNotBlank();
		}
		finally {
			page.close();
		}
	}

}
