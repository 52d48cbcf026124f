package eu.mayorsinaction.monitoring.web;

import eu.mayorsinaction.monitoring.NotificationCenter;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Component;

/**
 * The unread count in the navigation of every page: templates reach it as
 * {@code @notificationBadge.unread(viewer)}.
 */
@Component("notificationBadge")
public class NotificationBadge {

	private final NotificationCenter notifications;

	NotificationBadge(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	public long unread(Actor viewer) {
		return this.notifications.unread(viewer);
	}

}
