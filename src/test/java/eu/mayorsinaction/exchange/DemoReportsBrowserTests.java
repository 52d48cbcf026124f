package eu.mayorsinaction.exchange;

import java.util.Set;

import com.microsoft.playwright.Page;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's cycle in Chromium, in the people's languages: the Barcelona staff (Spanish)
 * find Begues (position 14: a 2020 signatory that never renewed) in their cockpit as
 * "cycle ended" at low risk, with its reports titled in Catalan; the Chiavari editor
 * (Italian; position 1: draft SECAP, the first plan-extended town) reads the extension's
 * reason in Italian on the schedule.
 */
@WebIntegrationTest
class DemoReportsBrowserTests {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void the_cycle_ended_town_and_the_report_texts_in_the_town_s_language() {
		String baseUrl = "http://localhost:" + this.port;
		long barcelona = this.organisations
			.findOrganisations(ADMIN, "Province of Barcelona (Diputació de Barcelona)", null, 0, 5)
			.items()
			.get(0)
			.id();
		long begues = signatory("Begues");
		long chiavari = signatory("Chiavari");
		Page page = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(page, baseUrl, "staff.barcelona@demo.mayorsinaction.eu");
			page.navigate(baseUrl + "/app/organisations/" + barcelona + "/cockpit?stage=CYCLE_ENDED");
			String row = page.locator("#cockpit tbody tr", new Page.LocatorOptions().setHasText("Begues")).innerText();
			assertThat(row).contains("Ciclo finalizado");
			assertThat(page.locator("#cockpit tbody tr", new Page.LocatorOptions().setHasText("Begues"))
				.getAttribute("data-risk")).isEqualTo("LOW");
			BrowserSupport.screenshot(page, "demo-reports-cockpit-cycle-ended");

			page.navigate(baseUrl + "/app/signatories/" + begues + "/reports");
			String reports = page.locator("#reports").innerText();
			assertThat(reports).contains("Informe de seguiment de les accions núm. 1 (demo il·lustrativa)",
					"Informe de seguiment complet núm. 2 (demo il·lustrativa)");
			BrowserSupport.screenshot(page, "demo-reports-catalan-titles");
		}
		finally {
			page.close();
		}
		Page editor = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(editor, baseUrl, "editor.chiavari@demo.mayorsinaction.eu");
			editor.navigate(baseUrl + "/app/signatories/" + chiavari + "/schedule");
			assertThat(editor.locator("#extensions").innerText()).contains(
					"Proroga illustrativa (demo): il voto del consiglio comunale sul piano è stato rinviato a dopo le elezioni.");
			BrowserSupport.screenshot(editor, "demo-reports-italian-extension");
		}
		finally {
			editor.close();
		}
	}

	private long signatory(String name) {
		return this.organisations.findSignatories(ADMIN, new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
