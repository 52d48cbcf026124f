package eu.mayorsinaction;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.CHIAVARI_EDITOR;
import static eu.mayorsinaction.BrowserFixtures.message;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static eu.mayorsinaction.BrowserFixtures.signatoryId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The inventory entry grid in Chromium, as the Chiavari editor: a BEI typed with the
 * keyboard (arrows, Enter) and a block pasted from a spreadsheet, the live totals of the
 * engine checked against hand-worked figures, saved and read back; then an MEI typed in
 * German number format. Uses BEI 1997 and MEI 1998 of Chiavari (no other test does).
 * Screenshots in {@code target/screenshots/inventory-*.png}.
 */
@WebIntegrationTest
class InventoryEntryBrowserTests {

	@LocalServerPort
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Hand-worked (t; national electricity factor given as 0.4 t/MWh, IPCC factors:
	 * natural gas 0.202, liquid gas 0.227, heating oil 0.267):
	 * <ul>
	 * <li>electricity (typed): 1,000 + 2,000 + 500 = 3,500 MWh × 0.4 = 1,400</li>
	 * <li>pasted block, municipal fleet 100 / 200 / 300 and public transport 400 / 500 /
	 * 600 MWh of natural gas / liquid gas / heating oil: 500 × 0.202 = 101; 700 × 0.227 =
	 * 158.9; 900 × 0.267 = 240.3</li>
	 * <li>energy 1,400 + 101 + 158.9 + 240.3 = 1,900.2; waste 100; total 2,000.2</li>
	 * <li>per capita 2,000.2 / 27,000 = 0.07408… → 0.074</li>
	 * <li>MWh sums in the page: electricity column 3,500; municipal fleet row 600; public
	 * transport row 1,500</li>
	 * </ul>
	 */
	@Test
	void a_bei_is_typed_and_pasted_into_the_grid_with_live_totals_then_an_mei_in_german() {
		long chiavari = signatoryId(baseUrl(), "Chiavari");
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), CHIAVARI_EDITOR);
			page.navigate(baseUrl() + "/app/signatories/" + chiavari);
			page.click("a[href='/app/signatories/" + chiavari + "/inventories']");
			assertThat(page.locator("main h1").innerText()).contains("Chiavari");
			page.click("a[href='/app/signatories/" + chiavari + "/inventories/new']");
			assertThat(page.locator("main h1").innerText()).isEqualTo(message("inventory", null, "inventory.form.new"));

			page.selectOption("#type", "BEI");
			page.fill("#year", "1997");
			page.fill("#population", "27,000");
			page.fill("#nationalElectricityFactor", "0.4");
			page.fill("#non-energy-WASTE", "100");

			// Typed: arrows and Enter move between the cells.
			page.focus("#c-MUNICIPAL_BUILDINGS-ELECTRICITY");
			page.keyboard().type("1,000");
			page.keyboard().press("ArrowDown");
			assertThat(activeId(page)).isEqualTo("c-TERTIARY_BUILDINGS-ELECTRICITY");
			page.keyboard().type("2,000");
			page.keyboard().press("Enter");
			assertThat(activeId(page)).isEqualTo("c-RESIDENTIAL_BUILDINGS-ELECTRICITY");
			page.keyboard().type("500");
			page.keyboard().press("ArrowRight");
			assertThat(activeId(page)).isEqualTo("c-RESIDENTIAL_BUILDINGS-HEAT_COLD");
			page.keyboard().press("ArrowLeft");
			page.keyboard().press("ArrowUp");
			assertThat(activeId(page)).isEqualTo("c-TERTIARY_BUILDINGS-ELECTRICITY");

			// The source and note of a cell, by keyboard: F2 opens them, Esc comes back.
			page.keyboard().press("F2");
			assertThat(activeId(page)).isEqualTo("details-provenance");
			page.selectOption("#details-provenance", "MEASURED");
			page.focus("#details-note");
			page.keyboard().type("Utility bills 1997");
			page.keyboard().press("Escape");
			assertThat(activeId(page)).isEqualTo("c-TERTIARY_BUILDINGS-ELECTRICITY");
			assertThat(page.inputValue("#p-c-TERTIARY_BUILDINGS-ELECTRICITY")).isEqualTo("MEASURED");
			assertThat(page.inputValue("#n-c-TERTIARY_BUILDINGS-ELECTRICITY")).isEqualTo("Utility bills 1997");

			// A 2 × 3 block copied from a spreadsheet, pasted into one cell.
			paste(page, "c-MUNICIPAL_FLEET-NATURAL_GAS", "100\t200\t300\n400\t500\t600\n");
			assertThat(page.inputValue("#c-MUNICIPAL_FLEET-HEATING_OIL")).isEqualTo("300");
			assertThat(page.inputValue("#c-PUBLIC_TRANSPORT-NATURAL_GAS")).isEqualTo("400");
			assertThat(page.inputValue("#c-PUBLIC_TRANSPORT-HEATING_OIL")).isEqualTo("600");
			assertThat(page.inputValue("#c-PRIVATE_COMMERCIAL_TRANSPORT-NATURAL_GAS")).isEmpty();

			// MWh sums at once, emissions from the engine.
			assertThat(page.locator("tfoot .col-total[data-carrier=ELECTRICITY]").innerText()).isEqualTo("3,500");
			assertThat(page.locator("tr[data-sector=MUNICIPAL_FLEET] .row-total").innerText()).isEqualTo("600");
			assertThat(page.locator("tr[data-sector=PUBLIC_TRANSPORT] .row-total").innerText()).isEqualTo("1,500");
			waitForText(page, "total-all", "2,000.2");
			assertThat(page.locator("#total-energy").innerText()).isEqualTo("1,900.2");
			assertThat(page.locator("#total-per-capita").innerText()).isEqualTo("0.074");
			assertThat(page.locator("#live-summary").getAttribute("aria-live")).isEqualTo("polite");
			assertThat(page.locator("#live-summary").innerText()).contains("2,000.2");
			assertThat(page.locator("#factor-ELECTRICITY").innerText()).isEqualTo("0.4");
			BrowserSupport.screenshot(page, "inventory-entry-bei");

			page.waitForNavigation(() -> page.click("#save-compute"));
			assertThat(page.url()).matches(".*/app/signatories/" + chiavari + "/inventories/\\d+$");
			assertThat(page.locator("#view-total").innerText()).isEqualTo("2,000.2");
			assertThat(page.locator("#view-per-capita").innerText()).isEqualTo("0.074");
			BrowserSupport.screenshot(page, "inventory-view-bei");
		}
		finally {
			page.context().close();
		}

		// An MEI in German: "1.234,5" is 1,234.5 MWh. Hand-worked: 1,234.5 × 0.202 =
		// 249.369 t; electricity 900 MWh × 0.4 = 360 t; total 609.369 t → "609,37".
		Page german = pageIn(baseUrl(), "de");
		try {
			BrowserSupport.signIn(german, baseUrl(), CHIAVARI_EDITOR);
			german.navigate(baseUrl() + "/app/signatories/" + chiavari + "/inventories/new");
			german.selectOption("#type", "MEI");
			german.fill("#year", "1998");
			german.fill("#nationalElectricityFactor", "0,4");
			german.focus("#c-MUNICIPAL_BUILDINGS-ELECTRICITY");
			german.keyboard().type("900");
			german.keyboard().press("ArrowDown");
			german.keyboard().press("ArrowDown");
			german.keyboard().press("ArrowRight");
			german.keyboard().press("ArrowRight");
			assertThat(activeId(german)).isEqualTo("c-RESIDENTIAL_BUILDINGS-NATURAL_GAS");
			german.keyboard().type("1.234,5");
			assertThat(german.locator("tr[data-sector=RESIDENTIAL_BUILDINGS] .row-total").innerText())
				.isEqualTo("1.234,5");
			waitForText(german, "total-all", "609,37");
			BrowserSupport.screenshot(german, "inventory-entry-mei-de");
			german.waitForNavigation(() -> german.click("#save-compute"));
			assertThat(german.locator("#view-total").innerText()).isEqualTo("609,37");
			BrowserSupport.screenshot(german, "inventory-view-mei-de");
			german.navigate(baseUrl() + "/app/signatories/" + chiavari + "/inventories");
			assertThat(german.locator("main table").innerText()).contains("BEI 1997").contains("MEI 1998");
			BrowserSupport.screenshot(german, "inventory-list-de");
		}
		finally {
			german.context().close();
		}
	}

	private static String activeId(Page page) {
		return (String) page.evaluate("() => document.activeElement && document.activeElement.id");
	}

	private static void waitForText(Page page, String id, String text) {
		page.waitForFunction(
				"([id, text]) => { const e = document.getElementById(id); return e && e.textContent.trim() === text; }",
				new Object[] { id, text });
	}

	/** A paste as the browser fires it, with the text on the clipboard. */
	private static void paste(Page page, String id, String text) {
		page.evaluate(
				"""
						([id, text]) => {
						  const cell = document.getElementById(id);
						  cell.focus();
						  const data = new DataTransfer();
						  data.setData('text/plain', text);
						  cell.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						}""",
				new Object[] { id, text });
	}

}
