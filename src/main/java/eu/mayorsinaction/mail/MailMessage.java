package eu.mayorsinaction.mail;

import java.util.List;

/**
 * A message to send: the subject is {@code mail.<template>.subject} and the body
 * {@code mail.<template>.body} of the {@code mail} bundle in the recipient's language,
 * each formatted with the arguments.
 *
 * @param recipient e-mail address
 * @param language the recipient's language code
 * @param template the message's key in the bundle, e.g. {@code invitation}
 * @param arguments the values of the placeholders {0}, {1}, … (the same for subject and
 * body)
 */
public record MailMessage(String recipient, String language, String template, List<Object> arguments) {

	public MailMessage {
		arguments = List.copyOf(arguments);
	}

}
