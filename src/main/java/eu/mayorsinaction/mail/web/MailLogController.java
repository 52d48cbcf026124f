package eu.mayorsinaction.mail.web;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The mail log for platform admins: every message sent or tried, newest first, filtered
 * by recipient.
 */
@Controller
class MailLogController {

	static final String LOG = "mail/log";

	private static final int PAGE_SIZE = 50;

	private final MailManagement mail;

	MailLogController(MailManagement mail) {
		this.mail = mail;
	}

	@GetMapping("/app/admin/mail")
	String log(Actor actor, @RequestParam(required = false) String recipient,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("recipient", recipient);
		model.addAttribute("result", this.mail.log(actor, recipient, page, PAGE_SIZE));
		return LOG;
	}

}
