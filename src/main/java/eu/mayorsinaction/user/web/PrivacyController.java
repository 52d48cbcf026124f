package eu.mayorsinaction.user.web;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.AccountRemovalRefused;
import eu.mayorsinaction.user.PersonalData;
import eu.mayorsinaction.user.PrivacyManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The privacy notice, and a person's rights over their data: download it, delete their
 * own account; and erasure of a person by a platform administrator.
 */
@Controller
class PrivacyController {

	static final String NOTICE = "user/privacy-notice";

	static final String DELETE = "user/privacy-delete";

	static final String EXPORT_FILE = "mayors-in-action-my-data.json";

	private final PrivacyManagement privacy;

	private final MessageSource messages;

	PrivacyController(PrivacyManagement privacy, MessageSource messages) {
		this.privacy = privacy;
		this.messages = messages;
	}

	@GetMapping("/privacy")
	String notice() {
		return NOTICE;
	}

	@GetMapping("/app/account/data")
	ResponseEntity<PersonalData> download(Actor actor) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(EXPORT_FILE).build().toString())
			.body(this.privacy.exportPersonalData(actor));
	}

	@GetMapping("/app/account/delete")
	String deleteForm(Model model) {
		model.addAttribute("deleteForm", DeleteAccountForm.blank());
		return DELETE;
	}

	@PostMapping("/app/account/delete")
	String delete(Actor actor, @ModelAttribute("deleteForm") DeleteAccountForm form, BindingResult errors, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("deleteConfirmed", form.isConfirmed());
		if (form.currentPassword() == null || form.currentPassword().isEmpty()) {
			errors.rejectValue("currentPassword", "privacy.delete.passwordRequired");
		}
		if (!form.isConfirmed()) {
			errors.rejectValue("confirmed", "privacy.delete.confirmationRequired");
		}
		if (errors.hasErrors()) {
			return DELETE;
		}
		try {
			this.privacy.deleteOwnAccount(actor, form.currentPassword());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return DELETE;
		}
		catch (AccountRemovalRefused ex) {
			errors.reject(ex.code());
			return DELETE;
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		redirect.addFlashAttribute("flashSuccess", message("privacy.delete.done"));
		return "redirect:/";
	}

	@PostMapping("/app/admin/users/{id}/erase")
	String erase(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			RedirectAttributes redirect) {
		if (!confirmed) {
			redirect.addFlashAttribute("flashError", message("privacy.erase.confirmationRequired"));
			return "redirect:/app/admin/users/" + id;
		}
		try {
			String pseudonym = this.privacy.erase(actor, id);
			redirect.addFlashAttribute("flashSuccess", message("privacy.erase.done", pseudonym));
			return "redirect:/app/admin/users";
		}
		catch (AccountRemovalRefused ex) {
			redirect.addFlashAttribute("flashError", message(ex.code()));
			return "redirect:/app/admin/users/" + id;
		}
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
