package eu.mayorsinaction.monitoring.web;

import java.util.List;
import java.util.Map;

import eu.mayorsinaction.monitoring.NotificationCenter;
import eu.mayorsinaction.monitoring.NotificationView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	@GetMapping("/email-settings")
	@Operation(summary = "Whether I get the reminder digests by e-mail",
			description = "On by default; the in-app notifications are written either way.")
	Map<String, Object> emailSettings(Actor actor) {
		return Map.of("reminderEmails", this.notifications.reminderEmails(actor));
	}

	@PutMapping("/email-settings")
	@Operation(summary = "Switch my reminder e-mails on or off",
			description = "Body {\"reminderEmails\": false}; a missing value answers 400 naming the field.")
	Map<String, Object> setEmailSettings(Actor actor, @RequestBody Map<String, Object> body) {
		Object value = (body != null) ? body.get("reminderEmails") : null;
		if (!(value instanceof Boolean enabled)) {
			throw new InvalidInput("reminderEmails", "reminders.error.emailSetting");
		}
		return Map.of("reminderEmails", this.notifications.setReminderEmails(actor, enabled));
	}

	@PostMapping("/read")
	@Operation(summary = "Mark all my notifications read", description = "Answers how many were unread.")
	Map<String, Object> markRead(Actor actor) {
		return Map.of("marked", this.notifications.markAllRead(actor), "unread", this.notifications.unread(actor));
	}

}
