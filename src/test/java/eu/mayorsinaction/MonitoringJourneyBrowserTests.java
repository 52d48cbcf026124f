package eu.mayorsinaction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.ReminderJob;
import eu.mayorsinaction.monitoring.ReportStatus;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.BrowserFixtures.GENOA_COORDINATOR;
import static eu.mayorsinaction.BrowserFixtures.pageIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The monitoring cycle in Chromium: a municipal officer of a new town supported by Genoa
 * ("Journeyford …", adhered 2010-03-15 under COM_2020, plan never recorded as submitted,
 * so its plan deadline 2011-03-15 is overdue) starts an Action Report and submits it; the
 * Genoa coordinator returns it with a comment; the officer resubmits; the coordinator
 * approves; the officer records the submission to the Covenant; the coordinator's cockpit
 * highlights the town as overdue; the day after the plan deadline the reminder job
 * e-mails the officer (GreenMail), and the link in the e-mail opens the town's schedule.
 * Screenshots in {@code target/screenshots/monitoring-*.png}.
 */
@WebIntegrationTest
class MonitoringJourneyBrowserTests {

	private static final String PASSWORD = "journey-password-2026";

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
	MonitoringReports reports;

	@Autowired
	ReminderJob reminders;

	@Test
	void a_report_goes_from_the_officer_to_the_coordinator_and_to_the_covenant() throws Exception {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganisationView genoa = this.organisations.findOrganisations(admin, "Metropolitan City of Genoa", null, 0, 5)
			.items()
			.get(0);
		String name = "Journeyford " + suffix;
		long town = this.organisations
			.createSignatory(admin,
					new SignatoryData(name, "IT", "Liguria", 8_000, 2021, null, null, null, null,
							LocalDate.of(2010, 3, 15), SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(genoa.id()))
			.id();
		SignatoryId signatory = new SignatoryId(town);
		this.organisations.addCommitment(admin, signatory, new CommitmentData(Framework.COM_2020,
				LocalDate.of(2010, 3, 15), BigDecimal.valueOf(20), 2020, TargetKind.ABSOLUTE));
		String officer = "officer." + suffix + "@example.org";
		this.users.createUser(admin,
				new NewUser(officer, "Journeyford officer", "en", PASSWORD, false, Role.SIGNATORY_EDITOR, null, town));
		PlanView plan = planWithThreeBenchmarks(admin, signatory);

		TestMail.server();
		String base = "http://localhost:" + this.port;
		String reportsUrl = base + "/app/signatories/" + town + "/reports";
		Page officerPage = pageIn(base, "en");
		Page coordinatorPage = pageIn(base, "en");
		try {
			BrowserSupport.signIn(officerPage, base, officer, PASSWORD);
			BrowserSupport.signIn(coordinatorPage, base, GENOA_COORDINATOR);

			// The officer starts an Action Report on the plan; every criterion of the
			// check is met.
			officerPage.navigate(reportsUrl);
			officerPage.fill("#report-title", "Action Report 2026");
			officerPage.selectOption("#report-plan", String.valueOf(plan.id()));
			officerPage.waitForNavigation(() -> officerPage.click("#report-create"));
			assertThat(officerPage.locator("#check li[data-passed=true]").count()).isEqualTo(6);
			// The draft shows the plan's actions as a submission would freeze them, each
			// with its expected CO2 reduction computed from its savings: 100 MWh of
			// electricity x 0.4 t CO2/MWh (the BEI's national factor) = 40 t CO2/a.
			assertThat(officerPage.locator("#actions-draft-hint").count()).isEqualTo(1);
			Locator actions = officerPage.locator("#frozen-actions tbody tr");
			assertThat(actions.count()).isEqualTo(3);
			assertThat(actions.first().locator("td").nth(5).innerText()).isEqualTo("40");
			assertThat(actions.first().locator("td").first().innerText()).contains("M11",
					"Municipal buildings, equipment/facilities");
			officerPage.waitForNavigation(() -> officerPage.click("#submit-report"));
			assertThat(status(officerPage)).isEqualTo("SUBMITTED_TO_COORDINATOR");
			assertThat(officerPage.locator("#actions-draft-hint").count()).isZero();
			assertThat(officerPage.locator("#frozen-actions tbody tr").count()).isEqualTo(3);
			String reportUrl = officerPage.url();

			// The coordinator returns it with a comment.
			coordinatorPage.navigate(reportUrl);
			coordinatorPage.fill("#step-comment", "Add the actual cost of the LED retrofit.");
			coordinatorPage.waitForNavigation(() -> coordinatorPage.click("#return"));
			assertThat(status(coordinatorPage)).isEqualTo("RETURNED");

			// The officer reads the comment and submits again.
			officerPage.navigate(reportUrl);
			assertThat(officerPage.locator("#coordinator-comment").innerText())
				.contains("Add the actual cost of the LED retrofit.");
			officerPage.waitForNavigation(() -> officerPage.click("#submit-report"));
			assertThat(status(officerPage)).isEqualTo("SUBMITTED_TO_COORDINATOR");

			// The coordinator approves; the officer records the submission to the
			// Covenant.
			coordinatorPage.navigate(reportUrl);
			coordinatorPage.waitForNavigation(() -> coordinatorPage.click("#approve"));
			assertThat(status(coordinatorPage)).isEqualTo("APPROVED");
			officerPage.navigate(reportUrl);
			officerPage.fill("#covenant-date", LocalDate.now().toString());
			officerPage.waitForNavigation(() -> officerPage.click("#record-submission"));
			assertThat(status(officerPage)).isEqualTo("SUBMITTED_TO_COVENANT");
			BrowserSupport.screenshot(officerPage, "monitoring-report");
			assertThat(AccessibilityTests.violations(officerPage, "report page")).as("axe findings").isEmpty();

			// The cockpit of Genoa highlights the town: its plan deadline (2011-03-15) is
			// overdue.
			coordinatorPage.navigate(base + "/app/organisations/" + genoa.id() + "/cockpit?sort=name");
			Locator row = coordinatorPage.locator("#cockpit tbody tr", new Page.LocatorOptions().setHasText(name));
			assertThat(row.getAttribute("data-risk")).isEqualTo("HIGH");
			assertThat(row.getAttribute("class")).contains("cockpit-high");
			assertThat(row.innerText()).contains("Plan overdue", "days overdue");
			BrowserSupport.screenshot(coordinatorPage, "monitoring-cockpit");
			assertThat(AccessibilityTests.violations(coordinatorPage, "cockpit")).as("axe findings").isEmpty();

			// The reminder job of 2011-03-16, the day after the plan deadline 2011-03-15:
			// the officer gets a digest with the overdue plan and a link to the schedule
			// (a day no other test runs the job on).
			assertThat(this.reminders.runReminders(LocalDate.of(2011, 3, 16)).ran()).isTrue();
			MimeMessage mail = TestMail.awaitTo(officer, 1).get(0);
			assertThat(mail.getSubject()).isEqualTo("Mayors in Action: 1 Covenant deadline(s) to act on");
			String text = String.valueOf(mail.getContent()).replace("\r\n", "\n");
			String link = "/app/signatories/" + town + "/schedule";
			assertThat(text).startsWith("Hello Journeyford officer,")
				.contains("- " + name
						+ ": the action plan was due on 2011-03-15 and is overdue.\n  http://localhost:8080" + link);

			// The officer follows the link (the mail names the configured base URL; the
			// test server listens on its own port).
			officerPage.navigate(base + link);
			assertThat(officerPage.locator("#next-deadline").innerText()).contains("Action plan", "2011",
					"days overdue");
			BrowserSupport.screenshot(officerPage, "monitoring-schedule");
			assertThat(AccessibilityTests.violations(officerPage, "schedule")).as("axe findings").isEmpty();
		}
		finally {
			officerPage.context().close();
			coordinatorPage.context().close();
		}
		assertThat(this.reports.reports(admin, signatory)).singleElement()
			.satisfies((report) -> assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED_TO_COVENANT));
	}

	/**
	 * A BEI covering 3 key sectors, a council-approved plan and three actions in three
	 * key sectors, all Benchmarks of Excellence: the report check passes.
	 */
	private PlanView planWithThreeBenchmarks(Actor admin, SignatoryId signatory) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		String bei = mvc
			.perform(post("/api/v1/signatories/" + signatory.value() + "/inventories")
				.with(httpBasic(BrowserFixtures.ADMIN, eu.mayorsinaction.system.DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "type": "BEI", "year": 2005, "approach": "IPCC", "unit": "CO2", "population": 8000,
						  "nationalElectricityFactor": 0.4,
						  "consumption": [
						    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
						    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
						    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
						"""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long beiId = ((Number) JsonPath.read(bei, "$.id")).longValue();
		PlanView plan = this.plans.createPlan(admin, signatory, new PlanData(PlanKind.SEAP, "Journeyford SEAP 2020",
				null, LocalDate.of(2011, 1, 25), "Consiglio comunale", beiId, PlanStatus.APPROVED_BY_COUNCIL, null));
		for (String field : new String[] { "M11", "M13", "M33" }) {
			this.plans.createAction(admin, signatory,
					new ActionData(plan.id(), field, "Action " + field, true, "Technical office", null, null,
							ActionStatus.ONGOING, null, null, Map.of(Carrier.ELECTRICITY, 100.0), null, null, true,
							null));
		}
		return plan;
	}

	private static String status(Page page) {
		return page.locator("#report-status").getAttribute("data-status");
	}

}
