package eu.mayorsinaction.monitoring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Languages;
import eu.mayorsinaction.shared.PageResult;
import eu.mayorsinaction.user.Contact;
import eu.mayorsinaction.user.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder job of the monitoring cycle. Once a day (property
 * {@code mia.reminders.cron}, {@code -} switches it off) it computes every active
 * signatory's schedule and finds the open deadlines whose days left equal one of the lead
 * times of its supporting organisations (their union), and those missed yesterday
 * (overdue). The signatory's editors and its supporting organisations' staff each get ONE
 * digest e-mail listing all their deadlines, in their language, and an in-app
 * notification per deadline. A run is claimed once per day across all nodes by inserting
 * the day into {@code reminder_run} (the primary key is the lock); what was sent is
 * recorded in {@code reminder_sent}, so nothing is ever sent twice.
 */
@Service
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	/** The value of {@code lead_days} for an overdue reminder. */
	static final int OVERDUE = -1;

	private final OrganisationManagement organisations;

	private final MonitoringSchedules schedules;

	private final ReminderLeadTimes leadTimes;

	private final NotificationCenter notifications;

	private final UserManagement users;

	private final MailManagement mail;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final String baseUrl;

	private final String node;

	ReminderJob(OrganisationManagement organisations, MonitoringSchedules schedules, ReminderLeadTimes leadTimes,
			NotificationCenter notifications, UserManagement users, MailManagement mail, MessageSource messages,
			JdbcClient jdbc, PlatformTransactionManager transactions, Optional<Clock> clock,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl) {
		this.organisations = organisations;
		this.schedules = schedules;
		this.leadTimes = leadTimes;
		this.notifications = notifications;
		this.users = users;
		this.mail = mail;
		this.messages = messages;
		this.jdbc = jdbc;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.orElse(Clock.systemUTC());
		this.baseUrl = baseUrl;
		this.node = nodeName();
	}

	@Scheduled(cron = "${mia.reminders.cron:0 0 6 * * *}", zone = "UTC")
	void daily() {
		ReminderRun run = runReminders(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		log.info("Reminder run {}: ran={}, reminders={}, mails={}", run.day(), run.ran(), run.reminders(), run.mails());
	}

	/**
	 * Runs the reminders of one day, unless this or another node has run them already.
	 * The e-mails leave after the run's transaction has committed.
	 */
	public ReminderRun runReminders(LocalDate today) {
		if (!claim(today)) {
			return new ReminderRun(today, false, 0, 0);
		}
		try {
			return this.newTransaction.execute((status) -> run(today));
		}
		catch (RuntimeException ex) {
			// Free the day again so that a later call (or node) may retry it.
			this.newTransaction
				.executeWithoutResult((status) -> this.jdbc.sql("delete from reminder_run where period_key = :key")
					.param("key", "day:" + today)
					.update());
			throw ex;
		}
	}

	/** Inserts the day's row in its own transaction: only one caller succeeds. */
	private boolean claim(LocalDate today) {
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc
				.sql("insert into reminder_run (period_key, started_at, node) values (:key, :at, :node)")
				.param("key", "day:" + today)
				.param("at", java.sql.Timestamp.from(this.clock.instant()))
				.param("node", this.node)
				.update());
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			return false;
		}
	}

	private record Due(SignatoryView signatory, DeadlineView deadline, int leadDays) {

		String key() {
			return this.deadline.commitmentId() + ":" + this.deadline.kind() + ":" + this.deadline.number() + ":"
					+ this.deadline.dueDate();
		}

	}

	private ReminderRun run(LocalDate today) {
		Map<Long, List<Due>> byPerson = new LinkedHashMap<>();
		Map<Long, Contact> people = new LinkedHashMap<>();
		for (SignatoryView signatory : activeSignatories()) {
			SignatoryId id = new SignatoryId(signatory.id());
			List<CommitmentView> commitments = this.organisations.commitments(SYSTEM, id);
			if (commitments.isEmpty()) {
				continue;
			}
			List<Long> supporters = this.organisations.supportersOf(SYSTEM, id)
				.stream()
				.filter(SupportView::active)
				.map(SupportView::organisationId)
				.toList();
			Set<Integer> lead = this.leadTimes.union(supporters);
			ScheduleView schedule = this.schedules.scheduleOn(signatory, commitments, today);
			List<Due> due = new ArrayList<>();
			for (DeadlineView deadline : schedule.deadlines()) {
				if (deadline.state() == DeadlineState.OPEN && lead.contains((int) deadline.daysLeft())) {
					due.add(new Due(signatory, deadline, (int) deadline.daysLeft()));
				}
				else if (deadline.state() == DeadlineState.MISSED && deadline.daysLeft() == -1) {
					due.add(new Due(signatory, deadline, OVERDUE));
				}
			}
			if (due.isEmpty()) {
				continue;
			}
			for (Contact contact : this.users.contacts(List.of(signatory.id()), supporters)) {
				people.put(contact.userId(), contact);
				byPerson.computeIfAbsent(contact.userId(), (k) -> new ArrayList<>()).addAll(due);
			}
		}
		int reminders = 0;
		int mails = 0;
		for (Map.Entry<Long, List<Due>> entry : byPerson.entrySet()) {
			Contact contact = people.get(entry.getKey());
			List<Due> fresh = entry.getValue().stream().filter((d) -> record(contact.userId(), d, today)).toList();
			if (fresh.isEmpty()) {
				continue;
			}
			String language = Languages.isSupported(contact.language()) ? contact.language() : Languages.DEFAULT;
			Locale locale = Locale.forLanguageTag(language);
			StringBuilder lines = new StringBuilder();
			for (Due d : fresh) {
				String key = messageKey(d);
				List<String> args = arguments(d);
				String link = "/app/signatories/" + d.signatory().id() + "/schedule";
				this.notifications.add(contact.userId(), NotificationCenter.REMINDER, key, args, link,
						this.clock.instant());
				lines.append("- ")
					.append(this.messages.getMessage(key, args.toArray(), locale))
					.append("\n  ")
					.append(this.baseUrl)
					.append(link)
					.append("\n");
				reminders++;
			}
			this.mail.sendAfterCommit(new MailMessage(contact.email(), language, "reminders.digest",
					List.of(contact.displayName(), fresh.size(), lines.toString().stripTrailing())));
			mails++;
		}
		return new ReminderRun(today, true, reminders, mails);
	}

	/** Records the reminder; false when it was sent before. */
	private boolean record(long userId, Due due, LocalDate today) {
		int inserted = this.jdbc.sql("""
				insert into reminder_sent (user_id, signatory_id, deadline_key, lead_days, sent_on)
				select :user, :signatory, :key, :lead, :today where not exists (
				  select 1 from reminder_sent where user_id = :user and signatory_id = :signatory
				  and deadline_key = :key and lead_days = :lead)""")
			.param("user", userId)
			.param("signatory", due.signatory().id())
			.param("key", due.key())
			.param("lead", due.leadDays())
			.param("today", today)
			.update();
		return inserted == 1;
	}

	private static String messageKey(Due due) {
		return "reminders.notification." + ((due.leadDays() == OVERDUE) ? "overdue." : "due.") + due.deadline().kind();
	}

	/** {0} signatory, {1} due date (ISO), {2} days left. */
	private static List<String> arguments(Due due) {
		return List.of(due.signatory().name(), due.deadline().dueDate().toString(),
				String.valueOf(Math.abs(due.deadline().daysLeft())));
	}

	private List<SignatoryView> activeSignatories() {
		List<SignatoryView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<SignatoryView> result = this.organisations.findSignatories(SYSTEM, SignatoryQuery.all(), page,
					200);
			result.items().stream().filter((s) -> s.status() != SignatoryStatus.WITHDRAWN).forEach(all::add);
			if (result.items().size() < 200) {
				return all;
			}
		}
	}

	private static String nodeName() {
		try {
			return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
		}
		catch (UnknownHostException ex) {
			return "node/" + UUID.randomUUID().toString().substring(0, 8);
		}
	}

}
