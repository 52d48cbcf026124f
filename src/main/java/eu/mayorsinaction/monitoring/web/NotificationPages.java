package eu.mayorsinaction.monitoring.web;

import eu.mayorsinaction.monitoring.NotificationCenter;
import eu.mayorsinaction.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notifications: newest first, unread marked, "mark all read". */
@Controller
class NotificationPages {

	private final NotificationCenter notifications;

	private final MessageSource messages;

	NotificationPages(NotificationCenter notifications, MessageSource messages) {
		this.notifications = notifications;
		this.messages = messages;
	}

	@GetMapping("/app/notifications")
	String list(Actor actor, Model model) {
		model.addAttribute("notifications", this.notifications.mine(actor, LocaleContextHolder.getLocale()));
		model.addAttribute("unread", this.notifications.unread(actor));
		model.addAttribute("reminderEmails", this.notifications.reminderEmails(actor));
		return "monitoring/notifications";
	}

	/** The checkbox sends "true" when ticked and nothing when not. */
	@PostMapping("/app/notifications/email-settings")
	String emailSettings(Actor actor, @RequestParam(defaultValue = "false") boolean reminderEmails,
			RedirectAttributes redirect) {
		boolean enabled = this.notifications.setReminderEmails(actor, reminderEmails);
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage(enabled ? "reminders.emails.savedOn" : "reminders.emails.savedOff", null,
						LocaleContextHolder.getLocale()));
		return "redirect:/app/notifications";
	}

	@PostMapping("/app/notifications/read")
	String markRead(Actor actor, RedirectAttributes redirect) {
		int marked = this.notifications.markAllRead(actor);
		redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("reminders.notifications.marked",
				new Object[] { marked }, LocaleContextHolder.getLocale()));
		return "redirect:/app/notifications";
	}

}
