package eu.mayorsinaction.mail;

import java.time.Instant;

/**
 * One line of the mail log.
 */
public record MailLogView(long id, Instant createdAt, String recipient, String language, String template,
		String subject, MailStatus status, String error) {
}
