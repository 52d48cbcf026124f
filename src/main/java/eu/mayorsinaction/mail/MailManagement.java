package eu.mayorsinaction.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.Languages;
import eu.mayorsinaction.shared.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The mail module's public service: renders a message in the recipient's language, sends
 * it and logs the outcome. A failed delivery is logged, never thrown: the business action
 * that wanted to send it still stands (an admin sees the failure in the mail log and can
 * resend, e.g. an invitation).
 * <p>
 * Messages that must not reveal anything through the time a request takes (a reset link
 * asked for an address that may or may not have an account) go through
 * {@link #sendAfterCommit(MailMessage)}: they are handed to the application's task
 * executor once the transaction has committed, so the request answers without waiting for
 * the SMTP server, and a change that rolls back sends nothing.
 */
@Service
public class MailManagement {

	private static final Logger log = LoggerFactory.getLogger(MailManagement.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final MailLogRepository mailLog;

	private final JdbcClient jdbc;

	private final String from;

	private final Clock clock;

	private final TaskExecutor executor;

	MailManagement(JavaMailSender sender, MessageSource messages, MailLogRepository mailLog, JdbcClient jdbc,
			@Value("${mia.mail.from:no-reply@mayorsinaction.localhost}") String from, Optional<Clock> clock,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.sender = sender;
		this.executor = executor;
		this.messages = messages;
		this.mailLog = mailLog;
		this.jdbc = jdbc;
		this.from = from;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/**
	 * Sends a message in the background once the current transaction has committed (at
	 * once, still in the background, when none is active); nothing is sent if it rolls
	 * back. The outcome is written to the mail log by the background thread.
	 */
	public void sendAfterCommit(MailMessage message) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sendInBackground(message);
				}
			});
		}
		else {
			sendInBackground(message);
		}
	}

	private void sendInBackground(MailMessage message) {
		try {
			this.executor.execute(() -> {
				try {
					deliver(message);
				}
				catch (RuntimeException ex) {
					log.error("Mail '{}' to {} was not sent", message.template(), message.recipient(), ex);
				}
			});
		}
		catch (TaskRejectedException ex) {
			log.warn("Mail '{}' to {} could not be queued: {}", message.template(), message.recipient(),
					ex.getMessage());
		}
	}

	/** Sends a message and returns whether the SMTP server accepted it. */
	@Transactional
	public MailStatus send(MailMessage message) {
		return deliver(message);
	}

	/**
	 * Talks to the SMTP server outside any transaction of its own and then writes the log
	 * entry (the repository's own transaction when called from the background).
	 */
	private MailStatus deliver(MailMessage message) {
		String language = Languages.isSupported(message.language()) ? message.language() : Languages.DEFAULT;
		Locale locale = Locale.forLanguageTag(language);
		Object[] arguments = message.arguments().toArray();
		String subject = this.messages.getMessage("mail." + message.template() + ".subject", arguments, locale);
		String body = this.messages.getMessage("mail." + message.template() + ".body", arguments, locale) + "\n\n-- \n"
				+ this.messages.getMessage("mail.footer", null, locale);
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(message.recipient());
		mail.setSubject(subject);
		mail.setText(body);
		MailLogEntry entry = new MailLogEntry();
		entry.createdAt = this.clock.instant();
		entry.recipient = message.recipient();
		entry.language = language;
		entry.template = message.template();
		entry.subject = (subject.length() > 300) ? subject.substring(0, 300) : subject;
		try {
			this.sender.send(mail);
			entry.status = MailStatus.SENT;
		}
		catch (MailException ex) {
			entry.status = MailStatus.FAILED;
			String error = String.valueOf(ex.getMostSpecificCause().getMessage());
			entry.error = (error.length() > 1000) ? error.substring(0, 1000) : error;
			log.warn("Mail '{}' to {} failed: {}", message.template(), message.recipient(), error);
		}
		this.mailLog.save(entry);
		return entry.status;
	}

	/** The mail log, newest first: platform admins only. */
	@Transactional(readOnly = true)
	public PageResult<MailLogView> log(Actor actor, String recipient, int page, int size) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		int safeSize = Math.min(Math.max(size, 1), 200);
		int safePage = Math.max(page, 0);
		String needle = (recipient == null || recipient.isBlank()) ? null
				: "%" + escapeLike(recipient.strip().toLowerCase(Locale.ROOT)) + "%";
		String where = (needle != null) ? " where lower(recipient) like :needle escape '\\'" : "";
		JdbcClient.StatementSpec count = this.jdbc.sql("select count(*) from mail_log" + where);
		JdbcClient.StatementSpec ids = this.jdbc
			.sql("select id from mail_log" + where + " order by created_at desc, id desc limit :limit offset :offset");
		if (needle != null) {
			count = count.param("needle", needle);
			ids = ids.param("needle", needle);
		}
		long total = count.query(Long.class).single();
		List<Long> page1 = ids.param("limit", safeSize)
			.param("offset", (long) safePage * safeSize)
			.query(Long.class)
			.list();
		java.util.Map<Long, MailLogEntry> byId = new java.util.HashMap<>();
		this.mailLog.findAllById(page1).forEach((e) -> byId.put(e.id, e));
		return new PageResult<>(page1.stream().map(byId::get).map(MailLogEntry::toView).toList(), safePage, safeSize,
				total);
	}

	/** The messages sent to one address, newest first: part of a person's data export. */
	@Transactional(readOnly = true)
	public List<MailLogView> sentTo(String recipient) {
		List<Long> ids = this.jdbc
			.sql("select id from mail_log where lower(recipient) = :recipient order by created_at desc, id desc")
			.param("recipient", recipient.strip().toLowerCase(Locale.ROOT))
			.query(Long.class)
			.list();
		java.util.Map<Long, MailLogEntry> byId = new java.util.HashMap<>();
		this.mailLog.findAllById(ids).forEach((e) -> byId.put(e.id, e));
		return ids.stream().map(byId::get).map(MailLogEntry::toView).toList();
	}

	/** Replaces an erased person's address in the mail log by their pseudonym. */
	@Transactional
	public void pseudonymiseRecipient(String recipient, String pseudonym) {
		this.jdbc.sql("update mail_log set recipient = :pseudonym where lower(recipient) = :recipient")
			.param("pseudonym", pseudonym)
			.param("recipient", recipient.strip().toLowerCase(Locale.ROOT))
			.update();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
