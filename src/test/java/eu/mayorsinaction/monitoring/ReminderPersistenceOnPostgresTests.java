package eu.mayorsinaction.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.mayorsinaction.PostgresIntegrationTest;
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
import eu.mayorsinaction.user.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tables of V14 (reminder_lead_time, reminder_run, reminder_sent, notification) on a
 * real PostgreSQL 17: the lead times' round trip and constraints, a reminder run's
 * records, the day's lock under two concurrent runs, and the notifications' JSON
 * arguments and read marks. Each test on an organisation and signatory of its own
 * ("Remindville …") and a day of its own.
 */
@PostgresIntegrationTest
class ReminderPersistenceOnPostgresTests {

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ReminderLeadTimes leadTimes;

	@Autowired
	ReminderJob job;

	@Autowired
	NotificationCenter notifications;

	@Autowired
	JdbcClient jdbc;

	String suffix;

	long agency;

	@BeforeEach
	void anOrganisationOfItsOwn() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.agency = this.organisations
			.createOrganisation(SYSTEM,
					new OrganisationData(OrganisationKind.SUPPORTER, "Remindville agency " + this.suffix, "BE", null,
							null, null, null, null))
			.id();
	}

	@Test
	void lead_times_round_trip_and_the_tables_constraints() {
		assertThat(this.leadTimes.leadTimes(SYSTEM, new OrganisationId(this.agency)).days()).containsExactly(60, 30, 7);
		this.leadTimes.update(SYSTEM, new OrganisationId(this.agency), new ReminderLeadTimesData(List.of(0, 365, 45)));
		ReminderLeadTimesView stored = this.leadTimes.leadTimes(SYSTEM, new OrganisationId(this.agency));
		assertThat(stored.days()).containsExactly(365, 45, 0);
		assertThat(stored.defaults()).isFalse();
		// The union over two organisations: 365, 45, 0 and the other's defaults 60, 30,
		// 7.
		long other = this.organisations
			.createOrganisation(SYSTEM,
					new OrganisationData(OrganisationKind.SUPPORTER, "Remindville other " + this.suffix, "BE", null,
							null, null, null, null))
			.id();
		assertThat(this.leadTimes.union(List.of(this.agency, other))).containsExactly(365, 60, 45, 30, 7, 0);
		assertThatThrownBy(
				() -> this.jdbc.sql("insert into reminder_lead_time (organisation_id, days) values (:id, 366)")
					.param("id", this.agency)
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThatThrownBy(
				() -> this.jdbc.sql("insert into reminder_lead_time (organisation_id, days) values (:id, 45)")
					.param("id", this.agency)
					.update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	/**
	 * Today 2031-03-01; adhesion 2029-03-08 under COM_2030 (2 years): the plan is due
	 * 2031-03-08, 7 days ahead — a default lead time.
	 */
	@Test
	void a_run_records_what_it_sent_and_the_notifications() {
		LocalDate today = LocalDate.of(2031, 3, 1);
		long signatory = signatory(LocalDate.of(2029, 3, 8));
		UserView editor = editor(signatory);

		ReminderRun run = this.job.runReminders(today);
		assertThat(run.ran()).isTrue();
		assertThat(this.jdbc.sql("select node from reminder_run where period_key = 'day:2031-03-01'")
			.query(String.class)
			.single()).isNotBlank();
		// V15: the run marked its day finished.
		assertThat(this.jdbc.sql("select finished_at from reminder_run where period_key = 'day:2031-03-01'")
			.query(java.sql.Timestamp.class)
			.single()).isNotNull();
		assertThat(this.jdbc.sql("""
				select deadline_key || '|' || lead_days || '|' || sent_on from reminder_sent
				where user_id = :user and signatory_id = :signatory""")
			.param("user", editor.id())
			.param("signatory", signatory)
			.query(String.class)
			.list()).hasSize(1).first().asString().endsWith(":PLAN:1:2031-03-08|7|2031-03-01");
		assertThat(this.jdbc.sql("select args from notification where user_id = :user")
			.param("user", editor.id())
			.query(String.class)
			.single()).isEqualTo("[\"Remindville " + this.suffix + "\",\"2031-03-08\",\"7\"]");

		Actor reader = this.users.currentActor(editor.id());
		List<NotificationView> mine = this.notifications.mine(reader, Locale.ENGLISH);
		assertThat(mine).singleElement()
			.satisfies((n) -> assertThat(n.text())
				.isEqualTo("Remindville " + this.suffix + ": the action plan is due on 2031-03-08, in 7 days."));
		assertThat(this.notifications.unread(reader)).isEqualTo(1);

		// The lock gone, a rerun finds everything recorded and adds nothing.
		this.jdbc.sql("delete from reminder_run where period_key = 'day:2031-03-01'").update();
		ReminderRun again = this.job.runReminders(today);
		assertThat(again.ran()).isTrue();
		assertThat(again.reminders()).isZero();
		assertThat(this.notifications.markAllRead(reader)).isEqualTo(1);
		assertThat(this.notifications.unread(reader)).isZero();
		assertThat(this.notifications.mine(reader, Locale.ENGLISH).get(0).readAt()).isNotNull();
	}

	/**
	 * V16: switching the reminder e-mails off twice stores one row; on again removes it.
	 */
	@Test
	void reminder_emails_switch_off_and_on() {
		long signatory = signatory(LocalDate.of(2029, 3, 8));
		UserView editor = editor(signatory);
		Actor me = new Actor(editor.id(), false, Set.of(), Set.of(), Set.of(), Set.of());
		assertThat(this.notifications.reminderEmails(me)).isTrue();
		this.notifications.setReminderEmails(me, false);
		this.notifications.setReminderEmails(me, false);
		assertThat(this.notifications.reminderEmails(me)).isFalse();
		assertThat(this.notifications.optedOut(List.of(editor.id(), -1L))).containsExactly(editor.id());
		assertThat(this.jdbc.sql("select count(*) from reminder_email_opt_out where user_id = :user")
			.param("user", editor.id())
			.query(Long.class)
			.single()).isEqualTo(1L);
		this.notifications.setReminderEmails(me, true);
		assertThat(this.notifications.reminderEmails(me)).isTrue();
	}

	@Test
	void two_concurrent_runs_of_one_day_claim_it_once() throws Exception {
		LocalDate today = LocalDate.of(2032, 3, 1);
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
		assertThat(this.jdbc.sql("select count(*) from reminder_run where period_key = 'day:2032-03-01'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private long signatory(LocalDate adhesion) {
		long id = this.organisations
			.createSignatory(SYSTEM,
					new SignatoryData("Remindville " + this.suffix, "BE", "Flanders", 10_000, 2021, null, null, null,
							null, adhesion, SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(this.agency))
			.id();
		this.organisations.addCommitment(SYSTEM, new SignatoryId(id),
				new CommitmentData(Framework.COM_2030, adhesion, BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE));
		return id;
	}

	private UserView editor(long signatory) {
		return this.users.createUser(SYSTEM, new NewUser("remind.pg." + this.suffix + "@example.org",
				"Remindville editor", "en", "demo-mayors-2026", false, Role.SIGNATORY_EDITOR, null, signatory));
	}

}
