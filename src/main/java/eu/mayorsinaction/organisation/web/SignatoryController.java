package eu.mayorsinaction.organisation.web;

import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

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
 * Pages for signatories: the list with search and filters, one signatory with its
 * commitments and supporters, and the forms to register and edit.
 */
@Controller
@RequestMapping("/app/signatories")
class SignatoryController {

	static final String LIST = "organisation/signatories";

	static final String DETAIL = "organisation/signatory";

	static final String FORM = "organisation/signatory-form";

	static final String COMMITMENT_FORM = "organisation/commitment-form";

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final SmartValidator validator;

	SignatoryController(OrganisationManagement organisations, MessageSource messages, SmartValidator validator) {
		this.organisations = organisations;
		this.messages = messages;
		this.validator = validator;
	}

	@GetMapping
	String list(Actor actor, @RequestParam(required = false) String q, @RequestParam(required = false) String country,
			@RequestParam(required = false) SignatoryStatus status, @RequestParam(required = false) Long supporter,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Model model) {
		SignatoryQuery query = new SignatoryQuery(q, country, status, supporter, sort);
		model.addAttribute("query", query);
		model.addAttribute("result", this.organisations.findSignatories(actor, query, page, size));
		model.addAttribute("statuses", SignatoryStatus.values());
		model.addAttribute("supporters", this.organisations.findOrganisations(actor, null, null, 0, 200).items());
		model.addAttribute("canCreate", this.organisations.canCreateSignatories(actor));
		return LIST;
	}

	@GetMapping("/{id}")
	String detail(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatoryId));
		model.addAttribute("commitments", this.organisations.commitments(actor, signatoryId));
		model.addAttribute("supports", this.organisations.supportersOf(actor, signatoryId));
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatoryId));
		return DETAIL;
	}

	@GetMapping("/new")
	String createForm(Actor actor, Model model) {
		requireCanCreate(actor);
		model.addAttribute("signatory", SignatoryForm.from(SignatoryData.blank()));
		return form(actor, model, null, true);
	}

	@PostMapping("/new")
	String create(Actor actor, @ModelAttribute("signatory") SignatoryForm form, BindingResult errors,
			@RequestParam(required = false) Long supportedBy, Model model, RedirectAttributes redirect) {
		requireCanCreate(actor);
		SignatoryData signatory = form.toData();
		FormErrors.validate(this.validator, signatory, errors);
		if (errors.hasErrors()) {
			return form(actor, model, supportedBy, true);
		}
		try {
			SignatoryView created = this.organisations.createSignatory(actor, signatory,
					(supportedBy != null) ? new OrganisationId(supportedBy) : null);
			redirect.addFlashAttribute("flashSuccess", message("signatory.created", created.name()));
			return "redirect:/app/signatories/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return form(actor, model, supportedBy, true);
		}
	}

	@GetMapping("/{id}/edit")
	String editForm(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		model.addAttribute("signatoryId", id);
		model.addAttribute("signatory", SignatoryForm.from(signatory.toData()));
		return form(actor, model, null, false);
	}

	@PostMapping("/{id}/edit")
	String edit(Actor actor, @PathVariable long id, @ModelAttribute("signatory") SignatoryForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView current = this.organisations.getSignatory(actor, signatoryId);
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		model.addAttribute("signatoryId", id);
		SignatoryData signatory = form.toData();
		FormErrors.validate(this.validator, signatory, errors);
		if (errors.hasErrors()) {
			return form(actor, model, null, false);
		}
		try {
			this.organisations.updateSignatory(actor, signatoryId, signatory);
			redirect.addFlashAttribute("flashSuccess", message("signatory.saved", signatory.name()));
			return "redirect:/app/signatories/" + id;
		}
		catch (EditConflict ex) {
			// The person's input stays in the form; the values saved meanwhile are shown
			// beside it.
			model.addAttribute("conflict", current);
			model.addAttribute("flashError", message("error.editConflict"));
			form.setVersion(current.version());
			return form(actor, model, null, false);
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return form(actor, model, null, false);
		}
	}

	@ModelAttribute
	void commitmentChoices(Model model) {
		model.addAttribute("frameworks", eu.mayorsinaction.organisation.Framework.values());
		model.addAttribute("targetKinds", eu.mayorsinaction.organisation.TargetKind.values());
	}

	@GetMapping("/{id}/commitments/new")
	String commitmentForm(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatoryId));
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		model.addAttribute("commitment", new CommitmentForm());
		return COMMITMENT_FORM;
	}

	@PostMapping("/{id}/commitments/new")
	String addCommitment(Actor actor, @PathVariable long id, @ModelAttribute("commitment") CommitmentForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatoryId));
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		CommitmentData commitment = form.toData();
		FormErrors.validate(this.validator, commitment, errors);
		if (errors.hasErrors()) {
			return COMMITMENT_FORM;
		}
		try {
			this.organisations.addCommitment(actor, signatoryId, commitment);
		}
		catch (InvalidInput ex) {
			FormErrors.reject(errors, ex);
			return COMMITMENT_FORM;
		}
		redirect.addFlashAttribute("flashSuccess", message("commitment.added"));
		return "redirect:/app/signatories/" + id;
	}

	private String form(Actor actor, Model model, Long supportedBy, boolean creating) {
		model.addAttribute("creating", creating);
		model.addAttribute("statuses", SignatoryStatus.values());
		model.addAttribute("myOrganisations", this.organisations.organisationsOf(actor));
		model.addAttribute("supportedBy", supportedBy);
		return FORM;
	}

	private void requireCanCreate(Actor actor) {
		if (!this.organisations.canCreateSignatories(actor)) {
			throw new Forbidden();
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
