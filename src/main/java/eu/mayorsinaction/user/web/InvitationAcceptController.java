package eu.mayorsinaction.user.web;

import java.util.Map;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.EmailAlreadyUsed;
import eu.mayorsinaction.user.InvitationManagement;
import eu.mayorsinaction.user.OpenInvitation;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link of an invitation: a new person sets their name and password and so activates
 * their account; a person who has an account already signs in and accepts the role. An
 * expired, used or revoked link answers with a page that says so and changes nothing.
 */
@Controller
class InvitationAcceptController {

	static final String PAGE = "user/invitation";

	private final InvitationManagement invitations;

	private final SmartValidator validator;

	private final MessageSource messages;

	InvitationAcceptController(InvitationManagement invitations, SmartValidator validator, MessageSource messages) {
		this.invitations = invitations;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/invitation/{token}")
	String show(@PathVariable String token, Model model) {
		model.addAttribute("acceptForm", AcceptInvitationForm.blank());
		return page(token, this.invitations.open(token), model);
	}

	@PostMapping("/invitation/{token}")
	String activate(@PathVariable String token, @ModelAttribute("acceptForm") AcceptInvitationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OpenInvitation invitation = this.invitations.open(token);
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (!errors.hasFieldErrors("confirmation") && !form.confirmed()) {
			errors.rejectValue("confirmation", "account.passwordMismatch");
		}
		if (errors.hasErrors()) {
			return page(token, invitation, model);
		}
		try {
			this.invitations.accept(token, form.displayName(), form.password());
		}
		catch (EmailAlreadyUsed ex) {
			return page(token, new OpenInvitation(invitation.invitation(), true), model);
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return page(token, invitation, model);
		}
		return "redirect:/login?activated";
	}

	@GetMapping("/app/invitations/{token}")
	String showSignedIn(Actor actor, @PathVariable String token, Model model) {
		model.addAttribute("signedIn", true);
		return page(token, this.invitations.open(token), model);
	}

	@PostMapping("/app/invitations/{token}")
	String acceptSignedIn(Actor actor, @PathVariable String token, RedirectAttributes redirect) {
		this.invitations.acceptSignedIn(actor, token);
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage("invitation.accepted", null, LocaleContextHolder.getLocale()));
		return "redirect:/app/account";
	}

	private static String page(String token, OpenInvitation invitation, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("open", invitation);
		return PAGE;
	}

}
