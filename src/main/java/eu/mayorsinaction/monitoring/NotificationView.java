package eu.mayorsinaction.monitoring;

import java.time.Instant;

/**
 * One in-app notification, its text in the reader's language.
 *
 * @param kind e.g. {@code REMINDER}, {@code REPORT_SUBMITTED}
 * @param link the page it leads to (an application path)
 */
public record NotificationView(long id, String kind, String text, String link, Instant createdAt, Instant readAt) {

	public boolean unread() {
		return this.readAt == null;
	}

}
