package eu.mayorsinaction.user.web;

import java.util.Map;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserId;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Accounts, for platform admins: the list, a new account, and one account's roles and
 * whether it may sign in.
 */
@Controller
@RequestMapping("/app/admin/users")
class AdminUserController {

	static final String LIST = "user/users";

	static final String NEW = "user/user-new";

	static final String DETAIL = "user/user";

	/** Enough for the pickers of a regional platform; larger ones need a search field. */
	private static final int PICKER_SIZE = 200;

	private final UserManagement users;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final SmartValidator validator;

	AdminUserController(UserManagement users, OrganisationManagement organisations, MessageSource messages,
			SmartValidator validator) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		model.addAttribute("users", this.users.users(actor));
		return LIST;
	}

	@GetMapping("/new")
	String newForm(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("account", new NewAccountForm());
		return newPage(actor, model);
	}

	@PostMapping("/new")
	String create(Actor actor, @ModelAttribute("account") NewAccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireAdmin(actor);
		NewUser request = form.toNewUser();
		FormErrors.validate(this.validator, request, errors,
				Map.of("languageSupported", "preferredLanguage", "roleTargetConsistent", form.targetField()));
		if (errors.hasErrors()) {
			return newPage(actor, model);
		}
		UserView created;
		try {
			created = this.users.createUser(actor, request);
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return newPage(actor, model);
		}
		redirect.addFlashAttribute("flashSuccess", message("admin.accountCreated", created.email()));
		return "redirect:/app/admin/users/" + created.id();
	}

	@GetMapping("/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("roleForm", new RoleForm());
		return detailPage(actor, id, model);
	}

	@PostMapping("/{id}/roles")
	String grantRole(Actor actor, @PathVariable long id, @ModelAttribute("roleForm") RoleForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors() && form.getRole() == null) {
			errors.rejectValue("role", "NotNull");
		}
		else if (!errors.hasErrors() && form.target() == null) {
			errors.rejectValue(form.targetField(), "user.roleTargetMissing");
		}
		if (errors.hasErrors()) {
			return detailPage(actor, id, model);
		}
		try {
			this.users.grantRole(actor, new UserId(id), form.getRole(), form.target());
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return detailPage(actor, id, model);
		}
		redirect.addFlashAttribute("flashSuccess", message("admin.roleGranted"));
		return "redirect:/app/admin/users/" + id;
	}

	@PostMapping("/{id}/roles/remove")
	String revokeRole(Actor actor, @PathVariable long id, @RequestParam Role role, @RequestParam long target,
			RedirectAttributes redirect) {
		this.users.revokeRole(actor, new UserId(id), role, target);
		redirect.addFlashAttribute("flashSuccess", message("admin.roleRevoked"));
		return "redirect:/app/admin/users/" + id;
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(Actor actor, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			UserView user = this.users.setEnabled(actor, new UserId(id), enabled);
			redirect.addFlashAttribute("flashSuccess",
					message(enabled ? "admin.accountEnabled" : "admin.accountDisabled", user.email()));
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldViolation violation = ex.violations().get(0);
			redirect.addFlashAttribute("flashError", message(violation.code(), violation.arguments()));
		}
		return "redirect:/app/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(Actor actor, @PathVariable long id, RedirectAttributes redirect) {
		UserView user = this.users.unlock(actor, new UserId(id));
		redirect.addFlashAttribute("flashSuccess", message("admin.accountUnlocked", user.email()));
		return "redirect:/app/admin/users/" + id;
	}

	private String newPage(Actor actor, Model model) {
		addPickers(actor, model);
		return NEW;
	}

	private String detailPage(Actor actor, long id, Model model) {
		model.addAttribute("user", this.users.user(actor, new UserId(id)));
		model.addAttribute("lockedUntil", this.users.lockedUntil(actor, new UserId(id)).orElse(null));
		addPickers(actor, model);
		return DETAIL;
	}

	private void addPickers(Actor actor, Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisationChoices",
				this.organisations.findOrganisations(actor, null, null, 0, PICKER_SIZE).items());
		model.addAttribute("signatoryChoices",
				this.organisations
					.findSignatories(actor, new SignatoryQuery(null, null, null, null, "name"), 0, PICKER_SIZE)
					.items());
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
