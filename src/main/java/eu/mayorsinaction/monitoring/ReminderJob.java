package eu.mayorsinaction.monitoring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
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
 * signatory's schedule and finds the open deadlines that reached one of the lead times of
 * its supporting organisations (their union), and those missed (overdue), since the last
 * run. The signatory's editors and its supporting organisations' staff each get ONE
 * digest e-mail listing all their deadlines, in their language (unless they switched the
 * e-mails off on their notifications page), and an in-app notification per deadline.
 * Everything is read for 500 signatories at a time, never per signatory.
 * <p>
 * Once per day across all nodes: a run claims the day by inserting it into
 * {@code reminder_run} (the primary key is the lock) and marks it finished in the same
 * transaction as what it recorded. A claim left unfinished for longer than
 * {@code mia.reminders.stale-after} (a node that died) is taken over by the next call, so
 * an hourly cron retries a failed day. What was sent is recorded in
 * {@code reminder_sent}, so nothing is ever sent twice. When days were skipped (no node
 * ran), the next run catches up on the lead times reached and deadlines missed since the
 * last finished run, up to {@value #MAX_CATCH_UP_DAYS} days back.
 */
@Service
public class ReminderJob {

	private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	/** The value of {@code lead_days} for an overdue reminder. */
	static final int OVERDUE = -1;

	/** At most this many days are caught up on after days without a run. */
	static final int MAX_CATCH_UP_DAYS = 7;

	/** Signatories read per batch. */
	private static final int BATCH = 500;

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

	private final Duration staleAfter;

	ReminderJob(OrganisationManagement organisations, MonitoringSchedules schedules, ReminderLeadTimes leadTimes,
			NotificationCenter notifications, UserManagement users, MailManagement mail, MessageSource messages,
			JdbcClient jdbc, PlatformTransactionManager transactions, Optional<Clock> clock,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl,
			@Value("${mia.reminders.stale-after:PT30M}") Duration staleAfter) {
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
		this.staleAfter = staleAfter;
	}

	@Scheduled(cron = "${mia.reminders.cron:0 0 6-20 * * *}", zone = "UTC")
	void daily() {
		long start = System.nanoTime();
		ReminderRun run = runReminders(LocalDate.now(this.clock.withZone(ZoneOffset.UTC)));
		if (run.ran()) {
			log.info("Reminder run {}: reminders={}, mails={}, {} ms", run.day(), run.reminders(), run.mails(),
					(System.nanoTime() - start) / 1_000_000);
		}
	}

	/**
	 * Runs the reminders of one day, unless this or another node has run them already (or
	 * is running them). The e-mails leave after the run's transaction has committed.
	 */
	public ReminderRun runReminders(LocalDate today) {
		if (!claim(today)) {
			return new ReminderRun(today, false, 0, 0);
		}
		try {
			return this.newTransaction.execute((status) -> {
				ReminderRun run = run(today, catchUpDays(today));
				this.jdbc.sql("update reminder_run set finished_at = :at where period_key = :key and node = :node")
					.param("at", Timestamp.from(this.clock.instant()))
					.param("key", key(today))
					.param("node", this.node)
					.update();
				return run;
			});
		}
		catch (RuntimeException ex) {
			// Free the day again (if still ours) so that a later call or node retries it.
			this.newTransaction.executeWithoutResult(
					(status) -> this.jdbc.sql("delete from reminder_run where period_key = :key and node = :node")
						.param("key", key(today))
						.param("node", this.node)
						.update());
			throw ex;
		}
	}

	/**
	 * Inserts the day's row in its own transaction: only one caller succeeds. When the
	 * row exists but its run never finished and started longer than the stale time ago
	 * (its node died), the claim is taken over — again by one caller only, as the update
	 * names the start time it read.
	 */
	private boolean claim(LocalDate today) {
		Timestamp now = Timestamp.from(this.clock.instant());
		try {
			this.newTransaction.executeWithoutResult((status) -> this.jdbc
				.sql("insert into reminder_run (period_key, started_at, node) values (:key, :at, :node)")
				.param("key", key(today))
				.param("at", now)
				.param("node", this.node)
				.update());
			return true;
		}
		catch (DataIntegrityViolationException ex) {
			Integer taken = this.newTransaction.execute((status) -> this.jdbc.sql("""
					update reminder_run set started_at = :at, node = :node
					where period_key = :key and finished_at is null and started_at < :stale""")
				.param("at", now)
				.param("node", this.node)
				.param("key", key(today))
				.param("stale", Timestamp.from(this.clock.instant().minus(this.staleAfter)))
				.update());
			if (taken != null && taken == 1) {
				log.warn("Reminder run {} taken over: the run started before {} never finished", today,
						this.staleAfter);
				return true;
			}
			return false;
		}
	}

	/**
	 * How many days this run covers: 1 when a run finished yesterday (or never before),
	 * more after days without a run, at most {@value #MAX_CATCH_UP_DAYS}.
	 */
	private int catchUpDays(LocalDate today) {
		Optional<String> last = this.jdbc
			.sql("select max(period_key) from reminder_run where period_key < :key and period_key like 'day:%'"
					+ " and finished_at is not null")
			.param("key", key(today))
			.query(String.class)
			.optional();
		if (last.isEmpty()) {
			return 1;
		}
		long days = ChronoUnit.DAYS.between(LocalDate.parse(last.get().substring("day:".length())), today);
		return (int) Math.max(1, Math.min(MAX_CATCH_UP_DAYS, days));
	}

	private static String key(LocalDate day) {
		return "day:" + day;
	}

	record Due(SignatoryView signatory, DeadlineView deadline, int leadDays) {

		String key() {
			return this.deadline.commitmentId() + ":" + this.deadline.kind() + ":" + this.deadline.number() + ":"
					+ this.deadline.dueDate();
		}

	}

	private ReminderRun run(LocalDate today, int days) {
		Map<Long, List<Due>> byPerson = new LinkedHashMap<>();
		Map<Long, Contact> people = new LinkedHashMap<>();
		List<SignatoryView> active = activeSignatories();
		for (int from = 0; from < active.size(); from += BATCH) {
			collect(active.subList(from, Math.min(from + BATCH, active.size())), today, days, byPerson, people);
		}
		int reminders = 0;
		int mails = 0;
		Set<Long> noMail = this.notifications.optedOut(byPerson.keySet());
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
			if (noMail.contains(contact.userId())) {
				continue;
			}
			this.mail.sendAfterCommit(
					new MailMessage(contact.email(), language, "reminders.digest", List.of(contact.displayName(),
							fresh.size(), lines.toString().stripTrailing(), this.baseUrl + "/app/notifications")));
			mails++;
		}
		return new ReminderRun(today, true, reminders, mails);
	}

	/**
	 * Finds the deadlines of a batch of signatories to remind of, and adds them to the
	 * digest of each person to remind (the signatory's editors, its supporters' staff).
	 */
	private void collect(List<SignatoryView> batch, LocalDate today, int days, Map<Long, List<Due>> byPerson,
			Map<Long, Contact> people) {
		List<Long> ids = batch.stream().map(SignatoryView::id).toList();
		ScheduleInputs inputs = this.schedules.inputs(SYSTEM, ids);
		Map<Long, List<Long>> supporters = new LinkedHashMap<>();
		this.organisations.supportersOf(SYSTEM, ids.stream().map(SignatoryId::new).toList())
			.forEach((signatory, supports) -> supporters.put(signatory,
					supports.stream().filter(SupportView::active).map(SupportView::organisationId).toList()));
		Map<Long, List<Integer>> leadTimes = this.leadTimes
			.stored(supporters.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
		Map<Long, List<Due>> dueBySignatory = new LinkedHashMap<>();
		for (SignatoryView signatory : batch) {
			if (inputs.commitmentsOf(signatory.id()).isEmpty()) {
				continue;
			}
			List<Long> supportedBy = supporters.getOrDefault(signatory.id(), List.of());
			List<Due> due = due(signatory, inputs.schedule(signatory, today),
					ReminderLeadTimes.union(leadTimes, supportedBy), days);
			if (!due.isEmpty()) {
				dueBySignatory.put(signatory.id(), due);
			}
		}
		if (dueBySignatory.isEmpty()) {
			return;
		}
		Set<Long> organisations = dueBySignatory.keySet()
			.stream()
			.flatMap((id) -> supporters.getOrDefault(id, List.of()).stream())
			.collect(Collectors.toSet());
		for (Contact contact : this.users.contacts(dueBySignatory.keySet(), organisations)) {
			List<Due> theirs = new ArrayList<>();
			dueBySignatory.forEach((signatory, due) -> {
				if (contact.editorOf().contains(signatory) || supporters.getOrDefault(signatory, List.of())
					.stream()
					.anyMatch(contact.staffOf()::contains)) {
					theirs.addAll(due);
				}
			});
			if (!theirs.isEmpty()) {
				people.put(contact.userId(), contact);
				byPerson.computeIfAbsent(contact.userId(), (k) -> new ArrayList<>()).addAll(theirs);
			}
		}
	}

	/**
	 * The deadlines to remind of in a run covering the last {@code days} days (1 when the
	 * job ran yesterday): an open deadline that reached one of the lead times in these
	 * days (the nearest lead time reached counts), and a deadline missed in them.
	 */
	static List<Due> due(SignatoryView signatory, ScheduleView schedule, Set<Integer> leadTimes, int days) {
		List<Due> due = new ArrayList<>();
		for (DeadlineView deadline : schedule.deadlines()) {
			long left = deadline.daysLeft();
			if (deadline.state() == DeadlineState.OPEN) {
				leadTimes.stream()
					.filter((lead) -> left <= lead && lead < left + days)
					.min(Integer::compare)
					.ifPresent((lead) -> due.add(new Due(signatory, deadline, lead)));
			}
			else if (deadline.state() == DeadlineState.MISSED && left < 0 && left >= -days) {
				due.add(new Due(signatory, deadline, OVERDUE));
			}
		}
		return due;
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
