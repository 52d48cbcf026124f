package eu.mayorsinaction.monitoring.web;

import java.util.List;
import java.util.Map;

import eu.mayorsinaction.monitoring.NotificationCenter;
import eu.mayorsinaction.monitoring.NotificationView;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me/notifications")
@Tag(name = "Monitoring")
class NotificationApi {

	private final NotificationCenter notifications;

	NotificationApi(NotificationCenter notifications) {
		this.notifications = notifications;
	}

	@GetMapping
	@Operation(summary = "My notifications, newest first, and how many are unread",
			description = "Reminders of the monitoring cycle and report workflow events, in the request's language.")
	Map<String, Object> mine(Actor actor) {
		List<NotificationView> items = this.notifications.mine(actor, LocaleContextHolder.getLocale());
		return Map.of("unread", this.notifications.unread(actor), "items", items);
	}

	@PostMapping("/read")
	@Operation(summary = "Mark all my notifications read", description = "Answers how many were unread.")
	Map<String, Object> markRead(Actor actor) {
		return Map.of("marked", this.notifications.markAllRead(actor), "unread", this.notifications.unread(actor));
	}

}
