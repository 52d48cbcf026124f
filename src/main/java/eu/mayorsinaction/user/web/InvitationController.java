package eu.mayorsinaction.user.web;

import java.util.List;
import java.util.Set;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.InvitationManagement;
import eu.mayorsinaction.user.InvitationView;
import eu.mayorsinaction.user.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pending invitations: an organisation's admins manage those of their organisation (and
 * of the signatories it supports), platform admins all of them.
 */
@Controller
class InvitationController {

	static final String LIST = "user/invitations";

	private static final int PICKER_SIZE = 200;

	private final InvitationManagement invitations;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	InvitationController(InvitationManagement invitations, OrganisationManagement organisations,
			MessageSource messages) {
		this.invitations = invitations;
		this.organisations = organisations;
		this.messages = messages;
	}

	// One organisation's invitations

	@GetMapping("/app/organisations/{id}/invitations")
	String organisationList(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("invitationForm", blankForm());
		return organisationPage(actor, id, model);
	}

	@PostMapping("/app/organisations/{id}/invitations")
	String inviteToOrganisation(Actor actor, @PathVariable long id,
			@ModelAttribute("invitationForm") InvitationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// Outsiders learn nothing: an organisation they may not see answers 404 first.
		List<InvitationView> open = this.invitations.openInvitations(actor, new OrganisationId(id));
		if (!errors.hasErrors()) {
			try {
				InvitationView sent = this.invitations.invite(actor, form.toRequest(id));
				redirect.addFlashAttribute("flashSuccess", message("invitation.sent", sent.email()));
				return "redirect:/app/organisations/" + id + "/invitations";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(errors, ex);
			}
		}
		model.addAttribute("invitations", open);
		return organisationPage(actor, id, model);
	}

	@PostMapping("/app/organisations/{id}/invitations/{invitationId}/resend")
	String resendForOrganisation(Actor actor, @PathVariable long id, @PathVariable long invitationId,
			RedirectAttributes redirect) {
		InvitationView sent = this.invitations.resend(actor, new OrganisationId(id), invitationId);
		redirect.addFlashAttribute("flashSuccess", message("invitation.resent", sent.email()));
		return "redirect:/app/organisations/" + id + "/invitations";
	}

	@PostMapping("/app/organisations/{id}/invitations/{invitationId}/revoke")
	String revokeForOrganisation(Actor actor, @PathVariable long id, @PathVariable long invitationId,
			RedirectAttributes redirect) {
		InvitationView revoked = this.invitations.revoke(actor, new OrganisationId(id), invitationId);
		redirect.addFlashAttribute("flashSuccess", message("invitation.revoked", revoked.email()));
		return "redirect:/app/organisations/" + id + "/invitations";
	}

	// All invitations (platform admins)

	@GetMapping("/app/admin/invitations")
	String adminList(Actor actor, Model model) {
		model.addAttribute("invitationForm", blankForm());
		return adminPage(actor, model);
	}

	@PostMapping("/app/admin/invitations")
	String inviteAsAdmin(Actor actor, @ModelAttribute("invitationForm") InvitationForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		requireAdmin(actor);
		if (!errors.hasErrors()) {
			try {
				InvitationView sent = this.invitations.invite(actor, form.toRequest(null));
				redirect.addFlashAttribute("flashSuccess", message("invitation.sent", sent.email()));
				return "redirect:/app/admin/invitations";
			}
			catch (InvalidInput ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return adminPage(actor, model);
	}

	@PostMapping("/app/admin/invitations/{invitationId}/resend")
	String resendAsAdmin(Actor actor, @PathVariable long invitationId, RedirectAttributes redirect) {
		InvitationView sent = this.invitations.resend(actor, null, invitationId);
		redirect.addFlashAttribute("flashSuccess", message("invitation.resent", sent.email()));
		return "redirect:/app/admin/invitations";
	}

	@PostMapping("/app/admin/invitations/{invitationId}/revoke")
	String revokeAsAdmin(Actor actor, @PathVariable long invitationId, RedirectAttributes redirect) {
		InvitationView revoked = this.invitations.revoke(actor, null, invitationId);
		redirect.addFlashAttribute("flashSuccess", message("invitation.revoked", revoked.email()));
		return "redirect:/app/admin/invitations";
	}

	// Pages

	private String organisationPage(Actor actor, long id, Model model) {
		OrganisationId organisationId = new OrganisationId(id);
		if (!model.containsAttribute("invitations")) {
			model.addAttribute("invitations", this.invitations.openInvitations(actor, organisationId));
		}
		OrganisationView organisation = this.organisations.getOrganisation(actor, organisationId);
		Set<Long> supported = this.invitations.supportedSignatories(actor, organisationId);
		List<SignatoryView> signatories = this.organisations
			.findSignatories(actor, new SignatoryQuery(null, null, null, null, "name"), 0, PICKER_SIZE)
			.items()
			.stream()
			.filter((s) -> supported.contains(s.id()))
			.toList();
		model.addAttribute("organisation", organisation);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisationChoices", List.of());
		model.addAttribute("signatoryChoices", signatories);
		model.addAttribute("actionBase", "/app/organisations/" + id + "/invitations");
		return LIST;
	}

	private String adminPage(Actor actor, Model model) {
		model.addAttribute("invitations", this.invitations.openInvitations(actor));
		model.addAttribute("organisation", null);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisationChoices",
				this.organisations.findOrganisations(actor, null, null, 0, PICKER_SIZE).items());
		model.addAttribute("signatoryChoices",
				this.organisations
					.findSignatories(actor, new SignatoryQuery(null, null, null, null, "name"), 0, PICKER_SIZE)
					.items());
		model.addAttribute("actionBase", "/app/admin/invitations");
		return LIST;
	}

	private static InvitationForm blankForm() {
		InvitationForm form = new InvitationForm();
		form.setLanguage(LocaleContextHolder.getLocale().getLanguage());
		return form;
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
