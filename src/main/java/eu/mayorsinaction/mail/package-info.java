/**
 * Outgoing e-mail: every message rendered in the recipient's language from the
 * {@code mail} message bundle, sent over SMTP and recorded in the mail log.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package eu.mayorsinaction.mail;
