package eu.mayorsinaction.user;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.mayorsinaction.TestMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads the mails of one recipient from GreenMail, decoded, and the links in them. */
final class Mails {

	private Mails() {
	}

	static List<MimeMessage> to(String recipient) {
		return TestMail.to(recipient);
	}

	/**
	 * The {@code count}-th message to the recipient, waiting for it: mails leave in the
	 * background after the action's transaction commits.
	 */
	static MimeMessage await(String recipient, int count) {
		return TestMail.awaitTo(recipient, count).get(count - 1);
	}

	/** Nothing sent to the recipient, checked after a fixed pause (never by racing). */
	static List<MimeMessage> afterQuietPeriod(String recipient) {
		return TestMail.afterQuietPeriod(recipient);
	}

	/** The only or latest message to the recipient. */
	static MimeMessage latest(String recipient) {
		List<MimeMessage> messages = to(recipient);
		assertThat(messages).as("mails to " + recipient).isNotEmpty();
		return messages.get(messages.size() - 1);
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String text(MimeMessage message) {
		try {
			return String.valueOf(message.getContent());
		}
		catch (IOException | MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The secret of the first link {@code …/<path>/<secret>} in the message. */
	static String secret(MimeMessage message, String path) {
		Matcher matcher = Pattern.compile("https?://\\S+/" + path + "/([A-Za-z0-9_-]{20,})").matcher(text(message));
		assertThat(matcher.find()).as("a /" + path + "/ link in " + text(message)).isTrue();
		return matcher.group(1);
	}

}
