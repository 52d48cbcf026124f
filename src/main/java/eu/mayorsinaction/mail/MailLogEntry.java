package eu.mayorsinaction.mail;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("mail_log")
class MailLogEntry {

	@Id
	Long id;

	Instant createdAt;

	String recipient;

	String language;

	String template;

	String subject;

	MailStatus status;

	String error;

	MailLogView toView() {
		return new MailLogView(this.id, this.createdAt, this.recipient, this.language, this.template, this.subject,
				this.status, this.error);
	}

}
