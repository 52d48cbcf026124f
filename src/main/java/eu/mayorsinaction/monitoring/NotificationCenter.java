package eu.mayorsinaction.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.user.Contact;
import eu.mayorsinaction.user.UserManagement;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's in-app notifications: reminders of the monitoring cycle and the report
 * workflow's events. Each person reads and marks only their own (the actor's account; an
 * anonymous visitor has none). Stored as a message key with its arguments so that each is
 * shown in the reader's language.
 */
@Service
@Transactional
public class NotificationCenter {

	static final String REPORT_SUBMITTED = "REPORT_SUBMITTED";

	static final String REPORT_RETURNED = "REPORT_RETURNED";

	static final String REPORT_APPROVED = "REPORT_APPROVED";

	static final String REMINDER = "REMINDER";

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int LIST_LIMIT = 200;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final Clock clock;

	NotificationCenter(JdbcClient jdbc, MessageSource messages, OrganisationManagement organisations,
			UserManagement users, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.organisations = organisations;
		this.users = users;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The person's notifications, newest first (the latest 200), in the language given.
	 */
	@Transactional(readOnly = true)
	public List<NotificationView> mine(Actor actor, Locale locale) {
		long user = requireUser(actor);
		return this.jdbc.sql("""
				select id, kind, message_key, args, link, created_at, read_at from notification
				where user_id = :user order by created_at desc, id desc limit :limit""")
			.param("user", user)
			.param("limit", LIST_LIMIT)
			.query((rs, n) -> new NotificationView(rs.getLong("id"), rs.getString("kind"),
					this.messages.getMessage(rs.getString("message_key"), args(rs.getString("args")),
							rs.getString("message_key"), locale),
					rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
					(rs.getTimestamp("read_at") != null) ? rs.getTimestamp("read_at").toInstant() : null))
			.list();
	}

	/** How many of the person's notifications are unread; 0 for an anonymous visitor. */
	@Transactional(readOnly = true)
	public long unread(Actor actor) {
		if (actor == null || actor.userId() == null) {
			return 0;
		}
		return this.jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
			.param("user", actor.userId())
			.query(Long.class)
			.single();
	}

	/** Marks all the person's notifications read and answers how many were unread. */
	public int markAllRead(Actor actor) {
		long user = requireUser(actor);
		return this.jdbc.sql("update notification set read_at = :now where user_id = :user and read_at is null")
			.param("now", java.sql.Timestamp.from(this.clock.instant()))
			.param("user", user)
			.update();
	}

	/**
	 * Whether the person gets the reminder digests by e-mail (the default); the in-app
	 * notifications are written either way.
	 */
	@Transactional(readOnly = true)
	public boolean reminderEmails(Actor actor) {
		return optedOut(List.of(requireUser(actor))).isEmpty();
	}

	/** Switches the person's reminder e-mails on or off; answers the new setting. */
	public boolean setReminderEmails(Actor actor, boolean enabled) {
		long user = requireUser(actor);
		if (enabled) {
			this.jdbc.sql("delete from reminder_email_opt_out where user_id = :user").param("user", user).update();
		}
		else {
			this.jdbc.sql("""
					insert into reminder_email_opt_out (user_id, since)
					select :user, :now where not exists (select 1 from reminder_email_opt_out where user_id = :user)""")
				.param("user", user)
				.param("now", java.sql.Timestamp.from(this.clock.instant()))
				.update();
		}
		return enabled;
	}

	/** Those of the people who switched the reminder e-mails off. */
	Set<Long> optedOut(java.util.Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("select user_id from reminder_email_opt_out where user_id in (:users)")
			.param("users", userIds)
			.query(Long.class)
			.list());
	}

	/** Adds a notification for one person. */
	void add(long userId, String kind, String messageKey, List<String> arguments, String link, Instant at) {
		this.jdbc.sql("""
				insert into notification (user_id, kind, message_key, args, link, created_at)
				values (:user, :kind, :key, :args, :link, :at)""")
			.param("user", userId)
			.param("kind", kind)
			.param("key", messageKey)
			.param("args", JSON.writeValueAsString(arguments))
			.param("link", link)
			.param("at", java.sql.Timestamp.from(at))
			.update();
	}

	/**
	 * A report submitted to the coordinator: its supporting organisations' staff are
	 * told; returned or approved: the signatory's editors. In the workflow's transaction,
	 * so the notification stands or falls with the step.
	 */
	@EventListener
	void on(ReportStatusChanged event) {
		String kind;
		if (event.to() == ReportStatus.SUBMITTED_TO_COORDINATOR) {
			kind = REPORT_SUBMITTED;
		}
		else if (event.to() == ReportStatus.RETURNED) {
			kind = REPORT_RETURNED;
		}
		else if (event.to() == ReportStatus.APPROVED) {
			kind = REPORT_APPROVED;
		}
		else {
			return;
		}
		SignatoryView signatory = this.organisations.getSignatory(SYSTEM, new SignatoryId(event.signatoryId()));
		List<Contact> contacts;
		if (REPORT_SUBMITTED.equals(kind)) {
			List<Long> supporters = this.organisations.supportersOf(SYSTEM, new SignatoryId(event.signatoryId()))
				.stream()
				.filter(SupportView::active)
				.map(SupportView::organisationId)
				.toList();
			contacts = this.users.contacts(List.of(), supporters);
		}
		else {
			contacts = this.users.contacts(List.of(event.signatoryId()), List.of());
		}
		String link = "/app/signatories/" + event.signatoryId() + "/reports/" + event.reportId();
		Instant now = this.clock.instant();
		for (Contact contact : contacts) {
			if (event.byUserId() != null && event.byUserId() == contact.userId()) {
				continue;
			}
			add(contact.userId(), kind, "reminders.notification." + kind, List.of(signatory.name()), link, now);
		}
	}

	private static Object[] args(String json) {
		List<String> list = JSON.readValue(json, new TypeReference<List<String>>() {
		});
		return new ArrayList<>(list).toArray();
	}

	private static long requireUser(Actor actor) {
		if (actor == null || actor.userId() == null) {
			throw new Forbidden();
		}
		return actor.userId();
	}

}
