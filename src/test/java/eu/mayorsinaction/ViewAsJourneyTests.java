package eu.mayorsinaction;

import java.text.MessageFormat;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static eu.mayorsinaction.BrowserFixtures.ADMIN;
import static eu.mayorsinaction.BrowserFixtures.GENOA_COORDINATOR;
import static eu.mayorsinaction.BrowserFixtures.listedSignatories;
import static eu.mayorsinaction.BrowserFixtures.message;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static eu.mayorsinaction.BrowserFixtures.signatoryId;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Genoa coordinator changes a municipality's region, then views the platform as
 * Chiavari under a banner and comes back; the platform admin then finds both the visit
 * and the earlier change, with the values before and after, in the audit trail.
 * Screenshots land in {@code target/screenshots/}.
 */
@WebIntegrationTest
class ViewAsJourneyTests {

	@LocalServerPort
	int port;

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void a_coordinator_views_as_a_municipality_and_the_admin_sees_the_visit_and_an_earlier_edit() {
		long rapallo = signatoryId(baseUrl(), "Rapallo");
		long chiavari = signatoryId(baseUrl(), "Chiavari");
		String region = "Tigullio " + UUID.randomUUID().toString().substring(0, 8);
		Page coordinator = pageIn(baseUrl(), "en");
		Page admin = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(coordinator, baseUrl(), GENOA_COORDINATOR);

			// An edit in the coordinator's own right.
			coordinator.navigate(baseUrl() + "/app/signatories/" + rapallo + "/edit");
			String regionBefore = coordinator.locator("#region").inputValue();
			coordinator.fill("#region", region);
			coordinator.waitForNavigation(() -> coordinator.click("main form button[type=submit]"));
			assertThat(coordinator.url()).endsWith("/app/signatories/" + rapallo);
			assertThat(coordinator.locator("main dl").innerText()).contains(region);

			// View as Chiavari: a banner on every page, and only Chiavari in sight.
			coordinator.navigate(baseUrl() + "/app/signatories/" + chiavari);
			Locator viewAs = coordinator.locator("main form.view-as-start button");
			assertThat(viewAs.innerText()).isEqualTo(message("audit", null, "viewAs.start"));
			coordinator.waitForNavigation(viewAs::click);
			String bannerText = MessageFormat.format(message("audit", null, "viewAs.banner"), "Chiavari");
			Locator banner = coordinator.locator(".view-as-banner");
			assertThat(banner.locator(".view-as-text").innerText()).isEqualTo(bannerText);
			assertThat(banner.getAttribute("aria-label")).isEqualTo(message("audit", null, "viewAs.bannerLabel"));
			BrowserSupport.screenshot(coordinator, "view-as-chiavari-dashboard");

			coordinator.navigate(baseUrl() + "/app/signatories?size=100");
			assertThat(listedSignatories(coordinator)).containsExactly("Chiavari");
			assertThat(banner.locator(".view-as-text").innerText()).isEqualTo(bannerText);
			BrowserSupport.screenshot(coordinator, "view-as-chiavari-signatories");
			assertThat(AccessibilityTests.violations(coordinator, "signatories while viewing as Chiavari")).isEmpty();
			assertThat(coordinator.navigate(baseUrl() + "/app/signatories/" + rapallo).status())
				.as("another municipality of Genoa's is out of sight while viewing as Chiavari")
				.isEqualTo(404);

			// And back.
			Locator stop = banner.locator("button[type=submit]");
			assertThat(stop.innerText()).isEqualTo(message("audit", null, "viewAs.stop"));
			coordinator.waitForNavigation(stop::click);
			assertThat(coordinator.url()).endsWith("/app/signatories/" + chiavari);
			assertThat(coordinator.locator(".view-as-banner").count()).isZero();
			coordinator.navigate(baseUrl() + "/app/signatories?size=100");
			assertThat(listedSignatories(coordinator)).contains("Chiavari", "Rapallo", "Genova");

			// Rapallo's history, for the coordinator who may see it.
			coordinator.navigate(baseUrl() + "/app/signatories/" + rapallo);
			coordinator
				.waitForNavigation(() -> coordinator.click("main a[href='/app/signatories/" + rapallo + "/history']"));
			assertThat(coordinator.locator("main h1").innerText())
				.isEqualTo(MessageFormat.format(message("audit", null, "audit.history.title"), "Rapallo"));
			Locator ownEdit = coordinator.locator("main table.audit-table tbody tr[data-action=UPDATE]")
				.filter(new Locator.FilterOptions().setHasText(region))
				.first();
			assertThat(ownEdit.locator("dd[data-field=region] .audit-after").innerText()).isEqualTo(region);
			assertThat(AccessibilityTests.violations(coordinator, "history of Rapallo")).isEmpty();
			BrowserSupport.screenshot(coordinator, "history-rapallo");

			// The admin's audit trail: the visit, and before it the edit with both
			// values.
			BrowserSupport.signIn(admin, baseUrl(), ADMIN);
			admin.navigate(baseUrl() + "/app/admin/audit?size=10");
			assertThat(admin.locator("main h1").innerText()).isEqualTo(message("audit", null, "audit.title"));
			String rowsSelector = "main table.audit-table tbody tr";
			Locator rows = admin.locator(rowsSelector);
			Locator visit = admin.locator(rowsSelector + "[data-action=VIEW_AS_STARTED]")
				.filter(new Locator.FilterOptions().setHasText("Chiavari"))
				.first();
			Locator edit = admin.locator(rowsSelector + "[data-action=UPDATE]")
				.filter(new Locator.FilterOptions().setHasText(region))
				.first();
			assertThat(visit.locator(".audit-action").innerText())
				.isEqualTo(message("audit", null, "audit.action.VIEW_AS_STARTED"));
			assertThat(visit.locator("a[href='/app/signatories/" + chiavari + "']").innerText()).isEqualTo("Chiavari");
			assertThat(edit.locator(".audit-action").innerText())
				.isEqualTo(message("audit", null, "audit.action.UPDATE"));
			assertThat(edit.locator("a[href='/app/signatories/" + rapallo + "']").innerText()).isEqualTo("Rapallo");
			Locator change = edit.locator("dd[data-field=region]");
			assertThat(change.locator(".audit-before").innerText()).isEqualTo(regionBefore);
			assertThat(change.locator(".audit-after").innerText()).isEqualTo(region);
			List<String> actions = actions(rows);
			int visitIndex = indexOf(rows, "VIEW_AS_STARTED", "Chiavari");
			int editIndex = indexOf(rows, "UPDATE", region);
			assertThat(visitIndex).as("newest first: the visit above the earlier edit in %s", actions)
				.isLessThan(editIndex);
			edit.scrollIntoViewIfNeeded();
			BrowserSupport.screenshot(admin, "audit-trail-view-as-and-edit");
			assertThat(AccessibilityTests.violations(admin, "audit trail")).isEmpty();

			// The filters: only visits of Chiavari.
			admin.selectOption("#action", "VIEW_AS_STARTED");
			admin.fill("#q", "Chiavari");
			admin.waitForNavigation(() -> admin.click("main form[role=search] button[type=submit]"));
			assertThat(rows.count()).isPositive();
			assertThat(actions(rows)).containsOnly("VIEW_AS_STARTED");
			BrowserSupport.screenshot(admin, "audit-trail-filtered");
		}
		finally {
			coordinator.context().close();
			admin.context().close();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> actions(Locator rows) {
		return (List<String>) rows.evaluateAll("rows => rows.map(r => r.dataset.action)");
	}

	private static int indexOf(Locator rows, String action, String text) {
		List<String> all = rows.allInnerTexts();
		List<String> actions = actions(rows);
		for (int i = 0; i < all.size(); i++) {
			if (action.equals(actions.get(i)) && all.get(i).contains(text)) {
				return i;
			}
		}
		throw new AssertionError("no " + action + " row with " + text);
	}

}
