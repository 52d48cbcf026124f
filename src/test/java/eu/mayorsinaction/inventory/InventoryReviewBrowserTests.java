package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.TestMail;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Chromium: the Genoa coordinator returns Chiavari's MEI 1990 with a comment (first
 * forgetting the comment), the Chiavari editor sees the comment, edits the inventory
 * (which clears the mark and mails the coordinator), and the coordinator marks it
 * reviewed; the badge shows on the list. Pages pass axe (no serious or critical finding);
 * screenshots in {@code target/screenshots/inventory-review-*.png}.
 */
@WebIntegrationTest
class InventoryReviewBrowserTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String COMMENT = "Public lighting is missing: please add the 1990 lighting bills.";

	@LocalServerPort
	int port;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	OrganisationManagement organisations;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void the_coordinator_returns_the_editor_corrects_and_the_coordinator_marks_it_reviewed() {
		TestMail.server();
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		SignatoryView chiavari = this.organisations
			.findSignatories(admin, new SignatoryQuery("Chiavari", null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals("Chiavari"))
			.findFirst()
			.orElseThrow();
		InventoryData data = new InventoryData(InventoryType.MEI, 1990, null, null, 27000, null, 0.4, null, Map.of(),
				List.of(new InventoryData.ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.NATURAL_GAS, 20000.0,
						Provenance.MEASURED, null),
						new InventoryData.ConsumptionRow(Sector.TERTIARY_BUILDINGS, Carrier.ELECTRICITY, 8000.0, null,
								null),
						new InventoryData.ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 30000.0,
								null, null)),
				null, List.of(), null, List.of(), null);
		long id = this.inventories.createInventory(admin, new SignatoryId(chiavari.id()), data).summary().id();
		String url = baseUrl() + "/app/signatories/" + chiavari.id() + "/inventories/" + id;
		List<String> axe = new ArrayList<>();

		Page coordinator = english();
		try {
			BrowserSupport.signIn(coordinator, baseUrl(), GENOA);
			coordinator.navigate(url);
			assertThat(coordinator.locator("#quality h2").innerText()).isEqualTo("Data quality");
			// 3 of 4 key sectors (tertiary, residential, transport): no coverage error,
			// but
			// the municipal sectors have no consumption.
			assertThat(coordinator.locator("#quality-findings tbody tr").allInnerTexts())
				.noneMatch((row) -> row.contains("key sectors"))
				.anyMatch((row) -> row.contains("Municipal public lighting: no consumption is recorded"));
			assertThat(coordinator.locator("#review-state").innerText())
				.isEqualTo("This inventory has not been reviewed yet.");
			axe.addAll(violations(coordinator, "inventory page with quality and review form"));
			BrowserSupport.screenshot(coordinator, "inventory-review-quality");

			// Returning without a comment: a translated error on the field, nothing
			// stored.
			coordinator.click("#review-returned-button");
			coordinator.waitForSelector("#review-comment-error");
			assertThat(coordinator.locator("#review-comment-error").innerText())
				.isEqualTo("Say why the inventory is returned.");
			assertThat(coordinator.locator("#review-comment").getAttribute("aria-describedby"))
				.contains("review-comment-error");
			assertThat(coordinator.locator("#review-history").count()).isZero();
			axe.addAll(violations(coordinator, "review form with an error"));
			BrowserSupport.screenshot(coordinator, "inventory-review-error");

			coordinator.fill("#review-comment", COMMENT);
			coordinator.click("#review-returned-button");
			coordinator.waitForSelector("#review-returned");
			assertThat(coordinator.locator("#review-returned .review-comment").innerText()).isEqualTo(COMMENT);
			assertThat(coordinator.locator("h1 .review-badge").innerText()).isEqualTo("Returned");
		}
		finally {
			coordinator.context().close();
		}

		Page editor = english();
		try {
			BrowserSupport.signIn(editor, baseUrl(), CHIAVARI_EDITOR);
			editor.navigate(url);
			assertThat(editor.locator("#review-returned .review-comment").innerText()).isEqualTo(COMMENT);
			assertThat(editor.locator("#review-form").count()).isZero();
			axe.addAll(violations(editor, "returned inventory as the editor"));
			BrowserSupport.screenshot(editor, "inventory-review-returned");
			editor.click("#edit-inventory");
			editor.waitForSelector("#save-compute");
			editor.click("#save-compute");
			editor.waitForURL((u) -> u.endsWith("/inventories/" + id));
			assertThat(editor.locator("#review-returned").count()).isZero();
			assertThat(editor.locator("h1 .review-badge").count()).isZero();
			assertThat(editor.locator("#review-history tbody tr").first().innerText())
				.contains("Mark cleared by an edit");
		}
		finally {
			editor.context().close();
		}
		assertThat(TestMail.awaitTo(GENOA, 1)).anyMatch((mail) -> {
			try {
				return mail.getSubject().contains("MEI 1990 Chiavari");
			}
			catch (Exception ex) {
				return false;
			}
		});

		Page again = english();
		try {
			BrowserSupport.signIn(again, baseUrl(), GENOA);
			again.navigate(url);
			again.click("#review-reviewed");
			again.waitForSelector("h1 .review-badge");
			assertThat(again.locator("h1 .review-badge").innerText()).isEqualTo("Reviewed");
			assertThat(again.locator("#review-state").innerText()).startsWith("Reviewed by a coordinator on");
			BrowserSupport.screenshot(again, "inventory-review-reviewed");
			again.navigate(baseUrl() + "/app/signatories/" + chiavari.id() + "/inventories");
			assertThat(again.locator("tr:has(a[href$='/inventories/" + id + "']) .review-badge").innerText())
				.isEqualTo("Reviewed");
			axe.addAll(violations(again, "inventory list with a review badge"));
			BrowserSupport.screenshot(again, "inventory-review-list");
		}
		finally {
			again.context().close();
		}
		assertThat(axe).as("axe findings").isEmpty();
	}

	private Page english() {
		Page page = BrowserSupport.shared().newPage("en-GB");
		page.context().addCookies(List.of(new Cookie("mia-lang", "en").setUrl(baseUrl() + "/")));
		return page;
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
