package eu.mayorsinaction;

import java.time.Duration;
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

	/**
	 * Waits (up to ten seconds) until the recipient has received at least {@code count}
	 * messages, which the application sends in the background after the transaction
	 * commits, and answers them, oldest first.
	 */
	public static List<MimeMessage> awaitTo(String recipient, int count) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		List<MimeMessage> messages = to(recipient);
		while (messages.size() < count && System.nanoTime() < deadline) {
			pause(Duration.ofMillis(50));
			messages = to(recipient);
		}
		if (messages.size() < count) {
			throw new AssertionError(
					"Expected " + count + " mails to " + recipient + " within 10 s, got " + messages.size());
		}
		return messages;
	}

	/**
	 * The messages to a recipient after a fixed pause long enough for a background send
	 * to have arrived: for checking that nothing was sent, which polling cannot show.
	 */
	public static List<MimeMessage> afterQuietPeriod(String recipient) {
		pause(Duration.ofSeconds(2));
		return to(recipient);
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text body of a message. */
	public static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message);
	}

}
