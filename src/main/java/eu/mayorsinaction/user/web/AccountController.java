package eu.mayorsinaction.user.web;

import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.CreatedToken;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The signed-in person's own account: profile and roles, preferred language, password and
 * personal API tokens.
 */
@Controller
@RequestMapping("/app/account")
class AccountController {

	static final String ACCOUNT = "user/account";

	private static final String REDIRECT = "redirect:/app/account";

	private final UserManagement users;

	private final MessageSource messages;

	private final SmartValidator validator;

	AccountController(UserManagement users, MessageSource messages, SmartValidator validator) {
		this.users = users;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String account(Actor actor, Model model) {
		return page(actor, model);
	}

	@PostMapping("/language")
	String changeLanguage(Actor actor, @ModelAttribute("languageForm") LanguageForm form, BindingResult errors,
			Model model, RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		try {
			this.users.changePreferredLanguage(actor, form.preferredLanguage());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return page(actor, model);
		}
		// The language picker's cookie outranks the stored preference: keep them in step.
		Locale locale = Locale.forLanguageTag(form.preferredLanguage());
		LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, locale);
		}
		redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("account.languageSaved", null, locale));
		return REDIRECT;
	}

	@PostMapping("/password")
	String changePassword(Actor actor, @ModelAttribute("passwordForm") PasswordForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (!errors.hasFieldErrors("confirmation") && !form.confirmed()) {
			errors.rejectValue("confirmation", "account.passwordMismatch");
		}
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		try {
			this.users.changePassword(actor, form.currentPassword(), form.newPassword());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return page(actor, model);
		}
		redirect.addFlashAttribute("flashSuccess", message("account.passwordChanged"));
		return REDIRECT;
	}

	@PostMapping("/tokens")
	String createToken(Actor actor, @ModelAttribute("tokenForm") TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		FormErrors.validate(this.validator, form, errors, Map.of());
		if (errors.hasErrors()) {
			return page(actor, model);
		}
		CreatedToken created;
		try {
			created = this.users.createToken(actor, form.name(), form.expiresInDays(), form.scope());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return page(actor, model);
		}
		// Strings only: flash attributes live in the session until the next page.
		redirect.addFlashAttribute("createdTokenName", created.name());
		redirect.addFlashAttribute("createdTokenSecret", created.token());
		redirect.addFlashAttribute("flashSuccess", message("account.tokenCreated", created.name()));
		return REDIRECT + "#tokens";
	}

	@PostMapping("/tokens/{id}/revoke")
	String revokeToken(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		this.users.revokeToken(actor, id);
		redirect.addFlashAttribute("flashSuccess", message("account.tokenRevoked"));
		return REDIRECT + "#tokens";
	}

	private String page(Actor actor, Model model) {
		var me = this.users.me(actor);
		model.addAttribute("me", me);
		model.addAttribute("tokens", this.users.tokens(actor));
		if (!model.containsAttribute("languageForm")) {
			model.addAttribute("languageForm", new LanguageForm(me.preferredLanguage()));
		}
		if (!model.containsAttribute("passwordForm")) {
			model.addAttribute("passwordForm", PasswordForm.blank());
		}
		if (!model.containsAttribute("tokenForm")) {
			model.addAttribute("tokenForm", TokenForm.blank());
		}
		model.addAttribute("tokenLifetimes", TokenForm.LIFETIMES);
		model.addAttribute("tokenScopes", eu.mayorsinaction.user.TokenScope.values());
		return ACCOUNT;
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, LocaleContextHolder.getLocale());
	}

}
