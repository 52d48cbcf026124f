package eu.mayorsinaction.monitoring;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.TestMail;
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
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reminder job with literal days (each test its own, years apart, so that the runs
 * never meet the other tests' signatories on a lead time), the lead times and the in-app
 * notifications, on a new coordinator "Remindville agency …" with its own signatories,
 * staff and editors.
 */
@WebIntegrationTest
class ReminderTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ReminderJob job;

	@Autowired
	ReminderLeadTimes leadTimes;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	String suffix;

	long agency;

	String staff;

	String admin;

	@BeforeEach
	void setUp() {
		TestMail.server();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.agency = this.organisations
			.createOrganisation(SYSTEM,
					new OrganisationData(OrganisationKind.COORDINATOR, "Remindville agency " + this.suffix, "BE", null,
							null, null, null, null))
			.id();
		this.staff = "remind.staff." + this.suffix + "@example.org";
		this.users.createUser(SYSTEM, new NewUser(this.staff, "Remindville staff", "fr", PASSWORD, false,
				Role.ORGANISATION_STAFF, this.agency, null));
		this.admin = "remind.admin." + this.suffix + "@example.org";
		this.users.createUser(SYSTEM, new NewUser(this.admin, "Remindville admin", "en", PASSWORD, false,
				Role.ORGANISATION_ADMIN, this.agency, null));
	}

	/**
	 * Today 2021-05-10; adhesion 2019-06-09 under COM_2030 (SECAP, 2 years): the plan is
	 * due 2021-06-09, i.e. 21 days left in May + 9 in June = 30 days — the agency's lead
	 * time 30. The editor (German) and the agency's staff (French) each get one digest; a
	 * rerun the same day sends nothing, nor does a run the lock lets through again (what
	 * was sent is recorded).
	 */
	@Test
	void a_digest_at_lead_time_30_in_the_recipients_language_and_never_twice() throws Exception {
		this.leadTimes.update(SYSTEM, new OrganisationId(this.agency), new ReminderLeadTimesData(List.of(30)));
		LocalDate today = LocalDate.of(2021, 5, 10);
		long signatory = signatory("Remindville " + this.suffix, LocalDate.of(2019, 6, 9), this.agency);
		String editor = editor(signatory, "de");

		ReminderRun run = this.job.runReminders(today);
		assertThat(run.ran()).isTrue();

		MimeMessage german = TestMail.awaitTo(editor, 1).get(0);
		assertThat(german.getSubject()).isEqualTo("Mayors in Action: 1 Konvent-Frist(en) zu erledigen");
		assertThat(text(german)).startsWith("Hallo Remindville editor,")
			.contains("- Remindville " + this.suffix
					+ ": Der Aktionsplan ist am 2021-06-09 fällig, in 30 Tagen.\n  http://localhost:8080/app/signatories/"
					+ signatory + "/schedule");
		MimeMessage french = TestMail.awaitTo(this.staff, 1).get(0);
		assertThat(french.getSubject()).isEqualTo("Mayors in Action : 1 échéance(s) de la Convention à traiter");
		assertThat(text(french))
			.contains("Remindville " + this.suffix + " : le plan d'action est attendu le 2021-06-09, dans 30 jours.");

		// The same day again: the lock says it has run.
		assertThat(this.job.runReminders(today).ran()).isFalse();
		// Even if the day's lock were gone, what was sent is not sent again.
		this.jdbc.sql("delete from reminder_run where period_key = 'day:2021-05-10'").update();
		assertThat(this.job.runReminders(today).ran()).isTrue();
		assertThat(TestMail.afterQuietPeriod(editor)).hasSize(1);
		assertThat(TestMail.to(this.staff)).hasSize(1);

		// One in-app notification for the editor, in the reader's language, linking the
		// schedule.
		this.mvc
			.perform(get("/api/v1/me/notifications").with(httpBasic(editor, PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].kind").value("REMINDER"))
			.andExpect(jsonPath("$.items[0].text")
				.value("Remindville " + this.suffix + ": the action plan is due on 2021-06-09, in 30 days."))
			.andExpect(jsonPath("$.items[0].link").value("/app/signatories/" + signatory + "/schedule"));
	}

	/**
	 * Today 2022-05-10, lead times 30 and 7: one plan due 2022-06-09 (adhesion
	 * 2020-06-09, 30 days) and one due 2022-05-17 (adhesion 2020-05-17, 7 days). The
	 * agency's staff gets ONE e-mail listing both.
	 */
	@Test
	void two_deadlines_of_two_signatories_make_one_email() throws Exception {
		this.leadTimes.update(SYSTEM, new OrganisationId(this.agency), new ReminderLeadTimesData(List.of(30, 7)));
		long first = signatory("Remindville A " + this.suffix, LocalDate.of(2020, 6, 9), this.agency);
		long second = signatory("Remindville B " + this.suffix, LocalDate.of(2020, 5, 17), this.agency);

		this.job.runReminders(LocalDate.of(2022, 5, 10));

		List<MimeMessage> mails = TestMail.awaitTo(this.staff, 1);
		assertThat(TestMail.afterQuietPeriod(this.staff)).hasSize(1);
		assertThat(mails.get(0).getSubject()).isEqualTo("Mayors in Action : 2 échéance(s) de la Convention à traiter");
		assertThat(text(mails.get(0)))
			.contains("Remindville A " + this.suffix + " : le plan d'action est attendu le 2022-06-09, dans 30 jours.")
			.contains("Remindville B " + this.suffix + " : le plan d'action est attendu le 2022-05-17, dans 7 jours.")
			.contains("/app/signatories/" + first + "/schedule")
			.contains("/app/signatories/" + second + "/schedule");
	}

	/**
	 * Two nodes start the run of 2023-05-10 at the same moment: one claims the day, the
	 * other finds it claimed. A plan due 2023-05-17 (adhesion 2021-05-17, 7 days: a
	 * default lead time of a signatory no organisation supports) is reminded once.
	 */
	@Test
	void two_concurrent_runs_of_one_day_send_once() throws Exception {
		long signatory = signatory("Remindville C " + this.suffix, LocalDate.of(2021, 5, 17), null);
		String editor = editor(signatory, "en");
		LocalDate today = LocalDate.of(2023, 5, 10);
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<ReminderRun> one = pool.submit(() -> {
				start.await();
				return this.job.runReminders(today);
			});
			Future<ReminderRun> two = pool.submit(() -> {
				start.await();
				return this.job.runReminders(today);
			});
			start.countDown();
			assertThat(List.of(one.get().ran(), two.get().ran())).containsExactlyInAnyOrder(true, false);
		}
		finally {
			pool.shutdown();
		}
		assertThat(TestMail.awaitTo(editor, 1).get(0).getSubject())
			.isEqualTo("Mayors in Action: 1 Covenant deadline(s) to act on");
		assertThat(TestMail.afterQuietPeriod(editor)).hasSize(1);
	}

	/**
	 * A node claimed the day 2025-05-10 an hour ago and died (its run never finished):
	 * the next call takes the day over and sends the reminder — a plan due 2025-05-17
	 * (adhesion 2023-05-17, COM_2030: 2 years), 7 days ahead, a default lead time. A
	 * claim made a minute ago (a run under way on another node) is left alone, and a
	 * finished day is never run again.
	 */
	@Test
	void a_day_whose_node_died_is_taken_over_but_a_run_under_way_is_not() throws Exception {
		long signatory = signatory("Remindville F " + this.suffix, LocalDate.of(2023, 5, 17), null);
		String editor = editor(signatory, "en");
		Instant now = Instant.now();
		claimed("day:2025-05-10", now.minus(Duration.ofHours(1)), null);
		claimed("day:2025-05-11", now.minus(Duration.ofMinutes(1)), null);

		assertThat(this.job.runReminders(LocalDate.of(2025, 5, 11)).ran()).as("run under way elsewhere").isFalse();
		ReminderRun run = this.job.runReminders(LocalDate.of(2025, 5, 10));
		assertThat(run.ran()).as("dead node's day").isTrue();
		assertThat(text(TestMail.awaitTo(editor, 1).get(0)))
			.contains("- Remindville F " + this.suffix + ": the action plan is due on 2025-05-17, in 7 days.");
		assertThat(this.jdbc.sql("select finished_at from reminder_run where period_key = 'day:2025-05-10'")
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
		assertThat(this.job.runReminders(LocalDate.of(2025, 5, 10)).ran()).as("finished day").isFalse();
		assertThat(TestMail.afterQuietPeriod(editor)).hasSize(1);
	}

	/**
	 * The last run finished on 2026-09-07 and no node ran for three days. The run of
	 * 2026-09-10 catches up on those days (window 3): a plan due 2026-10-08 (adhesion
	 * 2024-10-08), 28 days ahead, reached the lead time 30 on 2026-09-08 (30 in [28, 28 +
	 * 3)), and a plan due 2026-09-08 (adhesion 2024-09-08) was missed 2 days ago (-2 in
	 * [-3, -1]). A plan due 2026-09-05 was missed before the window (5 days ago): no
	 * reminder — it was the run of 2026-09-06's to send.
	 */
	@Test
	void a_run_after_days_without_one_catches_up_on_what_those_days_would_have_sent() throws Exception {
		this.leadTimes.update(SYSTEM, new OrganisationId(this.agency), new ReminderLeadTimesData(List.of(30)));
		long ahead = signatory("Remindville G " + this.suffix, LocalDate.of(2024, 10, 8), this.agency);
		long missed = signatory("Remindville H " + this.suffix, LocalDate.of(2024, 9, 8), this.agency);
		long earlier = signatory("Remindville I " + this.suffix, LocalDate.of(2024, 9, 5), this.agency);
		claimed("day:2026-09-07", Instant.now().minus(Duration.ofDays(3)), Instant.now().minus(Duration.ofDays(3)));

		assertThat(this.job.runReminders(LocalDate.of(2026, 9, 10)).ran()).isTrue();
		String digest = text(TestMail.awaitTo(this.staff, 1).get(0));
		assertThat(digest)
			.contains("Remindville G " + this.suffix + " : le plan d'action est attendu le 2026-10-08, dans 28 jours.")
			.contains("Remindville H " + this.suffix)
			.doesNotContain("Remindville I " + this.suffix);
		assertThat(this.jdbc.sql("select signatory_id, lead_days from reminder_sent where signatory_id in (:ids)")
			.param("ids", List.of(ahead, missed, earlier))
			.query((rs, n) -> rs.getLong(1) + ":" + rs.getInt(2))
			.list()).containsExactlyInAnyOrder(ahead + ":30", missed + ":-1", ahead + ":30", missed + ":-1");
	}

	/**
	 * The agency's staff switches the reminder e-mails off (API), the editor keeps them.
	 * Today 2029-04-10, adhesion 2027-05-10 (COM_2030, 2 years): the plan is due
	 * 2029-05-10, 20 days left in April + 10 in May = 30 days, the lead time. The editor
	 * gets the digest, with the link to switch e-mails off; the staff gets no e-mail but
	 * the in-app notification. Bad input names the field; switching back on works.
	 */
	@Test
	void a_person_who_switched_the_emails_off_gets_the_notification_only() throws Exception {
		this.leadTimes.update(SYSTEM, new OrganisationId(this.agency), new ReminderLeadTimesData(List.of(30)));
		long signatory = signatory("Remindville J " + this.suffix, LocalDate.of(2027, 5, 10), this.agency);
		String editor = editor(signatory, "en");
		String settings = "/api/v1/me/notifications/email-settings";
		this.mvc.perform(get(settings).with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reminderEmails").value(true));
		this.mvc
			.perform(put(settings).with(httpBasic(this.staff, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"reminderEmails\": \"maybe\" }")
				.header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("reminderEmails")))
			.andExpect(jsonPath("$.fields[*].message", hasItem("Say true or false.")));
		this.mvc
			.perform(put(settings).with(httpBasic(this.staff, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"reminderEmails\": false }"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reminderEmails").value(false));

		ReminderRun run = this.job.runReminders(LocalDate.of(2029, 4, 10));
		assertThat(run.mails()).isGreaterThanOrEqualTo(1);
		assertThat(text(TestMail.awaitTo(editor, 1).get(0)))
			.contains("Remindville J " + this.suffix + ": the action plan is due on 2029-05-10, in 30 days.")
			.contains("To stop these e-mails (your notifications in Mayors in Action continue):"
					+ " http://localhost:8080/app/notifications");
		assertThat(TestMail.afterQuietPeriod(this.staff)).isEmpty();
		this.mvc.perform(get("/api/v1/me/notifications").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].text", hasItem(containsString("Remindville J " + this.suffix))));

		this.mvc
			.perform(put(settings).with(httpBasic(this.staff, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"reminderEmails\": true }"))
			.andExpect(jsonPath("$.reminderEmails").value(true));
		this.mvc.perform(get(settings).with(httpBasic(this.staff, PASSWORD)))
			.andExpect(jsonPath("$.reminderEmails").value(true));
	}

	private void claimed(String day, Instant startedAt, Instant finishedAt) {
		this.jdbc.sql(
				"insert into reminder_run (period_key, started_at, node, finished_at) values (:key, :at, 'gone', :end)")
			.param("key", day)
			.param("at", java.sql.Timestamp.from(startedAt))
			.param("end", (finishedAt != null) ? java.sql.Timestamp.from(finishedAt) : null)
			.update();
	}

	/**
	 * The officer submits a report: the coordinator's staff are notified (in Dutch here),
	 * nobody else; they mark all read. Returned: the officer is notified.
	 */
	@Test
	void report_submission_notifies_the_coordinators_staff() throws Exception {
		long signatory = signatory("Remindville D " + this.suffix, LocalDate.of(2010, 3, 15), this.agency);
		String officer = editor(signatory, "en");
		String base = "/api/v1/signatories/" + signatory;
		long plan = planWithActions(base, officer);
		long report = id(postJson(base + "/reports", officer, """
				{ "type": "ACTION_REPORT", "title": "Action Report 2013", "planId": %d }
				""".formatted(plan)));
		this.mvc
			.perform(post(base + "/reports/" + report + "/submit").with(httpBasic(officer, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"version\": 0 }"))
			.andExpect(status().isOk());

		this.mvc
			.perform(get("/api/v1/me/notifications").with(httpBasic(this.staff, PASSWORD))
				.header("Accept-Language", "nl"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(jsonPath("$.items[0].kind").value("REPORT_SUBMITTED"))
			.andExpect(jsonPath("$.items[0].text")
				.value("Remindville D " + this.suffix + " heeft een monitoringrapport ter beoordeling ingediend."))
			.andExpect(jsonPath("$.items[0].link").value("/app/signatories/" + signatory + "/reports/" + report));
		// The submitter is not notified of their own step; nobody reads another's list.
		this.mvc.perform(get("/api/v1/me/notifications").with(httpBasic(officer, PASSWORD)))
			.andExpect(jsonPath("$.unread").value(0))
			.andExpect(jsonPath("$.items", hasSize(0)));
		this.mvc.perform(get("/api/v1/me/notifications")).andExpect(status().isUnauthorized());

		this.mvc.perform(post("/api/v1/me/notifications/read").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.marked").value(1))
			.andExpect(jsonPath("$.unread").value(0));
		this.mvc.perform(get("/api/v1/me/notifications").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(jsonPath("$.items[0].readAt").isNotEmpty());

		this.mvc
			.perform(post(base + "/reports/" + report + "/return").with(httpBasic(this.staff, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"version\": 1, \"comment\": \"Add the costs.\" }"))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/me/notifications").with(httpBasic(officer, PASSWORD)).header("Accept-Language", "en"))
			.andExpect(jsonPath("$.unread").value(1))
			.andExpect(
					jsonPath("$.items[0].text").value("The coordinator returned the monitoring report of Remindville D "
							+ this.suffix + " with comments."));
	}

	/** Bad lead times: 400 naming the field in the reader's language, nothing stored. */
	@Test
	void lead_times_are_validated_and_only_admins_change_them() throws Exception {
		String url = "/api/v1/organisations/" + this.agency + "/reminders";
		this.mvc.perform(get(url).with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days", hasSize(3)))
			.andExpect(jsonPath("$.defaults").value(true))
			.andExpect(jsonPath("$.canEdit").value(false));
		this.mvc
			.perform(put(url).with(httpBasic(this.admin, PASSWORD))
				.header("Accept-Language", "de")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"days\": [400, 30, 30, 1, 2, 3] }"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("days")))
			.andExpect(jsonPath("$.fields[*].message", hasItem("Höchstens 5 Vorlaufzeiten sind erlaubt.")))
			.andExpect(jsonPath("$.fields[*].message", hasItem("400 liegt nicht zwischen 0 und 365 Tagen.")))
			.andExpect(jsonPath("$.fields[*].message", hasItem("30 kommt mehrfach vor.")));
		this.mvc
			.perform(put(url).with(httpBasic(this.staff, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"days\": [14] }"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(url).with(httpBasic(this.admin, PASSWORD)))
			.andExpect(jsonPath("$.defaults").value(true))
			.andExpect(jsonPath("$.canEdit").value(true));
		this.mvc
			.perform(put(url).with(httpBasic(this.admin, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"days\": [14, 90] }"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.days[0]").value(90))
			.andExpect(jsonPath("$.days[1]").value(14))
			.andExpect(jsonPath("$.defaults").value(false));
		// The change is in the audit trail: before the defaults, after 90 and 14.
		assertThat(this.jdbc.sql("""
				select before_state || ' -> ' || after_state from audit_entry
				where object_type = 'REMINDER_LEAD_TIMES' and organisation_id = :id""")
			.param("id", this.agency)
			.query(String.class)
			.single()).contains("default [60, 30, 7]").contains("[90, 14]");
		// Another organisation's admin does not even see it (404) and changes nothing.
		String other = "remind.other." + this.suffix + "@example.org";
		long otherAgency = this.organisations
			.createOrganisation(SYSTEM,
					new OrganisationData(OrganisationKind.SUPPORTER, "Remindville other " + this.suffix, "BE", null,
							null, null, null, null))
			.id();
		this.users.createUser(SYSTEM,
				new NewUser(other, "Other admin", "en", PASSWORD, false, Role.ORGANISATION_ADMIN, otherAgency, null));
		int status = this.mvc
			.perform(put(url).with(httpBasic(other, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"days\": [1] }"))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(404);
		// A municipality's viewer cannot read another organisation's settings either.
		this.mvc.perform(get(url).with(httpBasic("viewer.sabadell@demo.mayorsinaction.eu", PASSWORD)))
			.andExpect(status().isNotFound());
		assertThat(this.leadTimes.leadTimes(SYSTEM, new OrganisationId(this.agency)).days()).containsExactly(90, 14);
	}

	private long signatory(String name, LocalDate adhesion, Long supporter) {
		long id = this.organisations
			.createSignatory(SYSTEM,
					new SignatoryData(name, "BE", "Flanders", 10_000, 2021, null, null, null, null, adhesion,
							SignatoryStatus.ACTIVE, null, true, null),
					(supporter != null) ? new OrganisationId(supporter) : null)
			.id();
		this.organisations.addCommitment(SYSTEM, new SignatoryId(id),
				new CommitmentData(Framework.COM_2030, adhesion, BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE));
		return id;
	}

	private String editor(long signatory, String language) {
		String email = "remind.editor." + signatory + "." + this.suffix + "@example.org";
		this.users.createUser(SYSTEM, new NewUser(email, "Remindville editor", language, PASSWORD, false,
				Role.SIGNATORY_EDITOR, null, signatory));
		return email;
	}

	private long planWithActions(String base, String officer) throws Exception {
		long bei = id(postJson(base + "/inventories", this.staff, """
				{ "type": "BEI", "year": 2005, "approach": "IPCC", "unit": "CO2", "population": 10000,
				  "nationalElectricityFactor": 0.4,
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
				"""));
		long plan = id(postJson(base + "/plans", officer, """
				{ "kind": "SECAP", "title": "SECAP 2030", "approvalDate": "2011-01-25", "approvingBody": "Gemeenteraad",
				  "beiInventoryId": %d, "status": "APPROVED_BY_COUNCIL" }
				""".formatted(bei)));
		String[] fields = { "M11", "M13", "M33" };
		for (String field : fields) {
			id(postJson(base + "/actions", officer, """
					{ "planId": %d, "fieldCode": "%s", "title": "Action %s", "keyMeasure": true, "status": "ONGOING",
					  "savings": { "ELECTRICITY": 100 }, "benchmarkOfExcellence": true }
					""".formatted(plan, field, field)));
		}
		return plan;
	}

	private MockHttpServletResponse postJson(String url, String who, String json) throws Exception {
		return this.mvc
			.perform(post(url).with(httpBasic(who, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
	}

	private static long id(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	private static String text(MimeMessage message) throws IOException, MessagingException {
		return String.valueOf(message.getContent()).replace("\r\n", "\n");
	}

}
