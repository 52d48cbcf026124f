package eu.mayorsinaction.user.web;

import java.util.Map;

import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.RecoveryManagement;

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
 * "Forgot your password?": asking for a link answers the same whether or not the address
 * has an account; the link lets the person choose a new password once, within an hour.
 */
@Controller
class PasswordResetController {

	static final String REQUEST = "user/password-reset";

	static final String NEW_PASSWORD = "user/password-reset-new";

	private final RecoveryManagement recovery;

	private final SmartValidator validator;

	private final MessageSource messages;

	PasswordResetController(RecoveryManagement recovery, SmartValidator validator, MessageSource messages) {
		this.recovery = recovery;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/password-reset")
	String requestForm(Model model) {
		model.addAttribute("resetForm", ResetRequestForm.blank());
		return REQUEST;
	}

	@PostMapping("/password-reset")
	String request(@ModelAttribute("resetForm") ResetRequestForm form, BindingResult errors,
			RedirectAttributes redirect) {
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (errors.hasErrors()) {
			return REQUEST;
		}
		this.recovery.requestReset(form.email());
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage("reset.requested", null, LocaleContextHolder.getLocale()));
		return "redirect:/password-reset";
	}

	@GetMapping("/password-reset/{token}")
	String newPasswordForm(@PathVariable String token, Model model) {
		this.recovery.checkLink(token);
		model.addAttribute("token", token);
		model.addAttribute("passwordForm", NewPasswordForm.blank());
		return NEW_PASSWORD;
	}

	@PostMapping("/password-reset/{token}")
	String reset(@PathVariable String token, @ModelAttribute("passwordForm") NewPasswordForm form, BindingResult errors,
			Model model) {
		this.recovery.checkLink(token);
		model.addAttribute("token", token);
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (!errors.hasFieldErrors("confirmation") && !form.confirmed()) {
			errors.rejectValue("confirmation", "account.passwordMismatch");
		}
		if (errors.hasErrors()) {
			return NEW_PASSWORD;
		}
		try {
			this.recovery.resetPassword(token, form.newPassword());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return NEW_PASSWORD;
		}
		return "redirect:/login?reset";
	}

}
