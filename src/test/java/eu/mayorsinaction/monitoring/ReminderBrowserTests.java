package eu.mayorsinaction.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import eu.mayorsinaction.AccessibilityTests;
import eu.mayorsinaction.BrowserSupport;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder settings page and the notification list in Chromium, as the admin of a
 * "Remindville agency" of its own. Screenshots in
 * {@code target/screenshots/reminder-*.png}.
 */
@WebIntegrationTest
class ReminderBrowserTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@LocalServerPort
	int port;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ReminderJob job;

	/**
	 * Lead times 90 and 14; today 2024-05-10 and a plan due 2024-05-24 (adhesion
	 * 2022-05-24, COM_2030: 2 years), i.e. 14 days ahead: the admin gets a notification.
	 */
	@Test
	void an_admin_sets_the_lead_times_and_reads_a_reminder() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long agency = this.organisations
			.createOrganisation(SYSTEM,
					new OrganisationData(OrganisationKind.COORDINATOR, "Remindville agency " + suffix, "BE", null, null,
							null, null, null))
			.id();
		String admin = "remind.browser." + suffix + "@example.org";
		this.users.createUser(SYSTEM,
				new NewUser(admin, "Remindville admin", "en", PASSWORD, false, Role.ORGANISATION_ADMIN, agency, null));
		LocalDate adhesion = LocalDate.of(2022, 5, 24);
		long signatory = this.organisations
			.createSignatory(SYSTEM,
					new SignatoryData("Remindville E " + suffix, "BE", "Flanders", 10_000, 2021, null, null, null, null,
							adhesion, SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(agency))
			.id();
		this.organisations.addCommitment(SYSTEM, new SignatoryId(signatory),
				new CommitmentData(Framework.COM_2030, adhesion, BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE));
		String base = "http://localhost:" + this.port;
		Page page = BrowserSupport.shared().newPage();
		try {
			BrowserSupport.signIn(page, base, admin, PASSWORD);
			assertThat(page.locator("#unread-count").count()).isZero();
			page.navigate(base + "/app/organisations/" + agency);
			page.click("#reminders-link");
			assertThat(page.locator("#current-lead-times").innerText()).contains("60 days before", "30 days before",
					"7 days before", "(the platform's defaults)");

			page.fill("#days", "400, 30");
			page.click("#save-reminders");
			assertThat(page.locator("#reminder-errors").innerText())
				.contains("Lead times (days): 400 is not between 0 and 365 days.");
			assertThat(page.inputValue("#days")).isEqualTo("400, 30");
			BrowserSupport.screenshot(page, "reminder-settings-error");

			page.fill("#days", "90, 14");
			page.click("#save-reminders");
			assertThat(page.locator("#reminders-saved").count()).isEqualTo(1);
			assertThat(page.locator("#current-lead-times").innerText()).contains("90 days before", "14 days before")
				.doesNotContain("defaults");
			BrowserSupport.screenshot(page, "reminder-settings");

			assertThat(this.job.runReminders(LocalDate.of(2024, 5, 10)).ran()).isTrue();
			page.navigate(base + "/app/notifications");
			assertThat(page.locator("#unread-count").innerText()).isEqualTo("1");
			assertThat(page.locator("#notifications").innerText()).contains("New",
					"Remindville E " + suffix + ": the action plan is due on 2024-05-24, in 14 days.");
			BrowserSupport.screenshot(page, "reminder-notifications");
			page.click("#mark-all-read");
			assertThat(page.locator("#unread-count").count()).isZero();
			assertThat(page.locator("#unread-summary").innerText()).isEqualTo("Unread: 0");
			// The admin switches the reminder e-mails off (the notifications stay) and on
			// again.
			assertThat(page.isChecked("#reminderEmails")).isTrue();
			page.uncheck("#reminderEmails");
			page.click("#save-email-settings");
			assertThat(page.locator(".alert-success").innerText())
				.contains("Reminder e-mails are off; your notifications here continue.");
			assertThat(page.isChecked("#reminderEmails")).isFalse();
			BrowserSupport.screenshot(page, "reminder-email-settings");
			assertThat(AccessibilityTests.violations(page, "notifications")).as("axe findings").isEmpty();
			page.check("#reminderEmails");
			page.click("#save-email-settings");
			assertThat(page.isChecked("#reminderEmails")).isTrue();
			page.click("#notifications a");
			page.waitForURL((u) -> u.endsWith("/app/signatories/" + signatory + "/schedule"));
		}
		finally {
			page.context().close();
		}
	}

}
