package eu.mayorsinaction.mail;

/**
 * Whether the SMTP server accepted a message.
 */
public enum MailStatus {

	SENT, FAILED

}
