package eu.mayorsinaction.organisation.web;

import java.time.LocalDate;

import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Pages for coordinators and supporters: list, one organisation with the signatories it
 * supports, the forms, and starting or ending a support relation.
 */
@Controller
@RequestMapping("/app/organisations")
class OrganisationController {

	static final String LIST = "organisation/organisations";

	static final String DETAIL = "organisation/organisation";

	static final String FORM = "organisation/organisation-form";

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final SmartValidator validator;

	OrganisationController(OrganisationManagement organisations, MessageSource messages, SmartValidator validator) {
		this.organisations = organisations;
		this.messages = messages;
		this.validator = validator;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("kinds", OrganisationKind.values());
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		model.addAttribute("result", this.organisations.findOrganisations(actor, q, kind, page, 25));
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		OrganisationId organisationId = new OrganisationId(id);
		OrganisationView organisation = this.organisations.getOrganisation(actor, organisationId);
		boolean canEdit = this.organisations.canEditOrganisation(actor, organisationId);
		model.addAttribute("organisation", organisation);
		model.addAttribute("supports", this.organisations.supportedBy(actor, organisationId));
		model.addAttribute("canEdit", canEdit);
		if (canEdit) {
			// Signatories the admin may link: the ones they can see (a platform admin
			// sees all).
			model.addAttribute("candidates",
					this.organisations.findSignatories(actor, SignatoryQuery.all(), 0, 200).items());
		}
		return DETAIL;
	}

	@GetMapping("/new")
	String createForm(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("organisation", OrganisationForm.from(OrganisationData.blank()));
		model.addAttribute("creating", true);
		return FORM;
	}

	@PostMapping("/new")
	String create(Actor actor, @ModelAttribute("organisation") OrganisationForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireAdmin(actor);
		model.addAttribute("creating", true);
		OrganisationData data = form.toData();
		FormErrors.validate(this.validator, data, errors);
		if (errors.hasErrors()) {
			return FORM;
		}
		OrganisationView created = this.organisations.createOrganisation(actor, data);
		redirect.addFlashAttribute("flashSuccess", message("organisation.created", created.name()));
		return "redirect:/app/organisations/" + created.id();
	}

	@GetMapping("/{id}/edit")
	String editForm(Actor actor, @PathVariable long id, Model model) {
		OrganisationView organisation = this.organisations.getOrganisation(actor, new OrganisationId(id));
		requireCanEdit(actor, id);
		model.addAttribute("organisation", OrganisationForm.from(organisation.toData()));
		model.addAttribute("organisationId", id);
		model.addAttribute("creating", false);
		return FORM;
	}

	@PostMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable long id, @ModelAttribute("organisation") OrganisationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		OrganisationView current = this.organisations.getOrganisation(actor, new OrganisationId(id));
		requireCanEdit(actor, id);
		model.addAttribute("organisationId", id);
		model.addAttribute("creating", false);
		OrganisationData data = form.toData();
		FormErrors.validate(this.validator, data, errors);
		if (errors.hasErrors()) {
			return FORM;
		}
		try {
			this.organisations.updateOrganisation(actor, new OrganisationId(id), data);
		}
		catch (EditConflict ex) {
			model.addAttribute("conflict", current);
			model.addAttribute("flashError", message("error.editConflict"));
			form.setVersion(current.version());
			return FORM;
		}
		redirect.addFlashAttribute("flashSuccess", message("organisation.saved", data.name()));
		return "redirect:/app/organisations/" + id;
	}

	@PostMapping("/{id}/supports")
	String addSupport(Actor actor, @PathVariable long id, @RequestParam(required = false) Long signatoryId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
			RedirectAttributes redirect) {
		this.organisations.getOrganisation(actor, new OrganisationId(id));
		if (signatoryId == null) {
			redirect.addFlashAttribute("flashError", message("support.signatoryRequired"));
			return "redirect:/app/organisations/" + id;
		}
		try {
			this.organisations.addSupport(actor, new OrganisationId(id), new SignatoryId(signatoryId), since);
			redirect.addFlashAttribute("flashSuccess", message("support.added"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", message(ex.violations().get(0).code()));
		}
		return "redirect:/app/organisations/" + id;
	}

	@PostMapping("/{id}/supports/{supportId}/end")
	String endSupport(Actor actor, @PathVariable long id, @PathVariable long supportId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			RedirectAttributes redirect) {
		try {
			this.organisations.endSupport(actor, new OrganisationId(id), supportId, until);
			redirect.addFlashAttribute("flashSuccess", message("support.ended"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", message(ex.violations().get(0).code()));
		}
		return "redirect:/app/organisations/" + id;
	}

	private void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private void requireCanEdit(Actor actor, long id) {
		if (!this.organisations.canEditOrganisation(actor, new OrganisationId(id))) {
			throw new Forbidden();
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
