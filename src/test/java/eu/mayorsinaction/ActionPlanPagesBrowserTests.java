package eu.mayorsinaction;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.actionplan.web.PagetownFixture;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.BrowserFixtures.GENOA_COORDINATOR;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * The action-plan pages in Chromium as the Genoa coordinator, on a new municipality of
 * its own ({@link PagetownFixture}): a plan linked to the BEI, two actions that shrink
 * the gap, a bulk status change, evidence attached, the plan submitted and its frozen
 * edition unchanged after a later edit; and two sessions editing the same action, the
 * second getting the conflict screen. Screenshots in
 * {@code target/screenshots/actionplan-*.png}.
 */
@WebIntegrationTest
class ActionPlanPagesBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	PlanVersions versions;

	/** Serious or critical accessibility findings of axe-core on the pages visited. */
	private final List<String> axe = new java.util.ArrayList<>();

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	PagetownFixture town() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		return PagetownFixture.create(mvc, this.organisations, this.users);
	}

	/**
	 * The fixture's BEI totals 3,672 t; its commitment asks 40 % (absolute): needed 3,672
	 * × 0.40 = 1,468.8 t/a.
	 * <ul>
	 * <li>no action yet: gap 1,468.8</li>
	 * <li>M11 saving natural gas 1,000 MWh/a × 0.202 = 202 t/a → gap 1,468.8 − 202 =
	 * 1,266.8</li>
	 * <li>M32 entered 98 t/a → expected 300, gap 1,168.8</li>
	 * </ul>
	 */
	@Test
	void an_officer_plans_against_the_bei_adds_two_actions_sees_the_gap_shrink_and_sets_both_ongoing()
			throws Exception {
		PagetownFixture town = town();
		String base = baseUrl() + "/app/signatories/" + town.id();
		Path pdf = Files.createTempFile("council-minutes", ".pdf");
		Files.write(pdf, "%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		Page page = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(page, baseUrl(), GENOA_COORDINATOR);
			page.navigate(base);
			page.waitForNavigation(() -> page.click("#plans-link"));
			assertThat(page.locator("#no-plans").isVisible()).isTrue();
			page.waitForNavigation(() -> page.click("#new-plan"));
			page.selectOption("#kind", "SECAP");
			page.fill("#title", "Pagetown SECAP 2030");
			page.selectOption("#commitmentId", String.valueOf(town.commitmentId));
			page.selectOption("#beiInventoryId", String.valueOf(town.beiId));
			page.fill("#approvalDate", "2017-05-30");
			page.fill("#approvingBody", "Town council");
			page.selectOption("#status", "APPROVED_BY_COUNCIL");
			BrowserSupport.screenshot(page, "actionplan-plan-form");
			this.axe.addAll(AccessibilityTests.violations(page, "plan form"));
			page.waitForNavigation(() -> page.click("#save-plan"));
			assertThat(page.locator("#reduction-needed").innerText()).isEqualTo("1,468.8 t CO2/a");
			assertThat(page.locator("#gap").innerText()).isEqualTo("1,468.8 t CO2/a");

			page.waitForNavigation(() -> page.click("#new-action"));
			page.selectOption("#fieldCode", "M11");
			page.fill("#title", "Town hall boilers");
			page.fill("#responsible", "Energy office");
			page.fill("#startDate", "2025-01-01");
			page.fill("#endDate", "2028-12-31");
			page.fill("#savings-NATURAL_GAS", "1,000");
			page.check("#keyMeasure");
			page.waitForNavigation(() -> page.click("#save-action"));
			assertThat(page.locator("#gap").innerText()).isEqualTo("1,266.8 t CO2/a");

			page.waitForNavigation(() -> page.click("#new-action"));
			page.selectOption("#fieldCode", "M32");
			page.fill("#title", "Electric buses");
			page.fill("#responsible", "Mobility office");
			page.fill("#co2Reduction", "98");
			BrowserSupport.screenshot(page, "actionplan-action-form");
			this.axe.addAll(AccessibilityTests.violations(page, "action form"));
			page.waitForNavigation(() -> page.click("#save-action"));
			assertThat(page.locator("#expected-reduction").innerText()).isEqualTo("300 t CO2/a");
			assertThat(page.locator("#gap").innerText()).isEqualTo("1,168.8 t CO2/a");
			assertThat(page.locator("#key-sectors").innerText()).contains("2 of the 4 key sectors");
			page.waitForFunction("() => document.querySelector('#plan-chart') && "
					+ "document.querySelector('#plan-chart').getAttribute('width') !== null");
			BrowserSupport.screenshot(page, "actionplan-plan");
			this.axe.addAll(AccessibilityTests.violations(page, "plan page"));

			page.navigate(base + "/actions");
			assertThat(page.locator("#register-count").innerText()).startsWith("2 of 2 actions shown");
			page.locator("#register input[name=selected]").nth(0).check();
			page.locator("#register input[name=selected]").nth(1).check();
			page.selectOption("#bulk-status", "ONGOING");
			page.waitForNavigation(() -> page.click("#bulk-apply"));
			assertThat(page.locator(".alert-success").innerText()).isEqualTo("2 actions set to Ongoing.");
			assertThat(page.locator("#register .action-status").allInnerTexts()).containsExactly("Ongoing", "Ongoing");
			BrowserSupport.screenshot(page, "actionplan-register");
			this.axe.addAll(AccessibilityTests.violations(page, "action register"));

			// Evidence on the boilers: the council's minutes as a PDF.
			SignatoryId signatory = new SignatoryId(town.id());
			List<ActionView> actions = this.plans.actions(PagetownFixture.admin(), signatory, null, null, null);
			ActionView boilers = actions.get(0);
			ActionView buses = actions.get(1);
			long planId = boilers.planId();
			page.navigate(base + "/actions/" + boilers.id());
			page.setInputFiles("#ev-file", pdf);
			page.click("form.evidence-form button[type=submit]");
			page.waitForURL((u) -> u.contains("#evidence"));
			assertThat(page.locator(".evidence-table a").innerText()).isEqualTo(pdf.getFileName().toString());
			BrowserSupport.screenshot(page, "actionplan-journey-evidence");

			// The plan is submitted to the Covenant: edition 1 is frozen.
			page.navigate(base + "/plans/" + planId + "/versions");
			page.fill("#submittedOn", "2026-01-15");
			page.waitForNavigation(() -> page.click("#submit-button"));
			String frozen = this.versions.frozenText(PagetownFixture.admin(), signatory, planId, 1);
			assertThat(frozen).contains("Electric buses");

			// A later edit: the buses now save 150 t/a (was 98). Expected 202 + 150 =
			// 352,
			// gap 1,468.8 − 352 = 1,116.8 t/a; the plan moves to edition 2.
			page.navigate(base + "/actions/" + buses.id() + "/edit");
			page.fill("#co2Reduction", "150");
			page.waitForNavigation(() -> page.click("#save-action"));
			assertThat(page.locator("#gap").innerText()).isEqualTo("1,116.8 t CO2/a");
			assertThat(page.locator("#version-panel-edition").innerText()).contains("2");

			// The snapshot is unchanged, byte for byte, and its page still shows 98 t/a.
			assertThat(this.versions.frozenText(PagetownFixture.admin(), signatory, planId, 1)).isEqualTo(frozen);
			page.navigate(base + "/plans/" + planId + "/versions/1");
			assertThat(page.locator("main").innerText()).contains("Electric buses").contains("98");
			BrowserSupport.screenshot(page, "actionplan-journey-frozen");
			assertThat(this.axe).as("axe findings").isEmpty();
		}
		finally {
			page.context().close();
			Files.deleteIfExists(pdf);
		}
		assertThat(this.plans.actions(PagetownFixture.admin(), new SignatoryId(town.id()), null, null, null))
			.extracting(ActionView::status)
			.containsExactly(ActionStatus.ONGOING, ActionStatus.ONGOING);
	}

	@Test
	void two_sessions_edit_the_same_action_and_the_second_sees_both_inputs_and_may_save_its_own() throws Exception {
		PagetownFixture town = town();
		SignatoryId signatory = new SignatoryId(town.id());
		PlanView plan = this.plans.createPlan(PagetownFixture.admin(), signatory,
				new PlanData(PlanKind.SECAP, "Pagetown shared plan", null, null, null, null, PlanStatus.DRAFT, null));
		ActionView action = this.plans.createAction(PagetownFixture.admin(), signatory,
				new ActionData(plan.id(), "M13", "Insulation", false, "Housing", LocalDate.of(2025, 1, 1),
						LocalDate.of(2030, 12, 31), ActionStatus.NOT_STARTED, null, null, Map.of(), null, 50.0, false,
						null));
		String edit = baseUrl() + "/app/signatories/" + town.id() + "/actions/" + action.id() + "/edit";
		Page first = pageIn(baseUrl(), "en");
		Page second = pageIn(baseUrl(), "en");
		try {
			BrowserSupport.signIn(first, baseUrl(), GENOA_COORDINATOR);
			BrowserSupport.signIn(second, baseUrl(), GENOA_COORDINATOR);
			first.navigate(edit);
			second.navigate(edit);

			first.fill("#title", "Insulation of schools");
			first.fill("#co2Reduction", "60");
			first.waitForNavigation(() -> first.click("#save-action"));
			assertThat(first.locator(".alert-success").innerText()).contains("Insulation of schools");

			second.fill("#title", "Insulation of homes");
			second.fill("#responsible", "Housing department");
			second.waitForNavigation(() -> second.click("#save-action"));
			assertThat(second.locator("#conflict").isVisible()).isTrue();
			// the second person's input is still in the form
			assertThat(second.inputValue("#title")).isEqualTo("Insulation of homes");
			assertThat(second.inputValue("#responsible")).isEqualTo("Housing department");
			// what is stored now beside it, the changed fields marked
			assertThat(row(second, "title")).containsExactly("Insulation of schools", "Insulation of homes");
			assertThat(row(second, "co2Reduction")).containsExactly("60", "50");
			assertThat(row(second, "responsible")).containsExactly("Housing", "Housing department");
			assertThat(second.locator("#conflict tr.conflict-changed").count()).isEqualTo(3);
			assertThat(second.locator("#conflict tr.conflict-changed[data-field=status]").count()).isZero();
			assertThat(second.locator("#discard-mine").getAttribute("href")).endsWith("/plans/" + plan.id());
			BrowserSupport.screenshot(second, "actionplan-conflict");
			assertThat(AccessibilityTests.violations(second, "conflict screen")).as("axe findings").isEmpty();

			// "save mine over it"
			second.waitForNavigation(() -> second.click("#save-action"));
			assertThat(second.locator(".alert-success").innerText()).contains("Insulation of homes");
		}
		finally {
			first.context().close();
			second.context().close();
		}
		ActionView stored = this.plans.action(PagetownFixture.admin(), signatory, action.id());
		assertThat(stored.title()).isEqualTo("Insulation of homes");
		assertThat(stored.responsible()).isEqualTo("Housing department");
		// the second person's form kept the reduction it had read (50): theirs wins as a
		// whole
		assertThat(stored.co2Reduction()).isEqualTo(50.0);
		assertThat(stored.version()).isEqualTo(2);
	}

	/** The stored and the typed value of a field in the conflict comparison. */
	private static List<String> row(Page page, String field) {
		return List.of(page.locator("#conflict tr[data-field=" + field + "] .conflict-stored").innerText(),
				page.locator("#conflict tr[data-field=" + field + "] .conflict-mine").innerText());
	}

}
