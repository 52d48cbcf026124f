package eu.mayorsinaction;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One GreenMail SMTP server per test JVM on the port that
 * {@code application-test.properties} gives the app ({@code 3025}). Tests that read mail
 * call {@link #server()} before causing the mail; messages to other tests' recipients are
 * simply ignored by filtering on the recipient.
 */
public final class TestMail {

	private static GreenMail server;

	private TestMail() {
	}

	public static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			server.start();
		}
		return server;
	}

	/** The messages received so far for one recipient, oldest first. */
	public static List<MimeMessage> to(String recipient) {
		return Arrays.stream(server().getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equalsIgnoreCase(recipient));
			}
			catch (MessagingException ex) {
				return false;
			}
		}).toList();
	}

	/** The plain-text body of a message. */
	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

}
