package eu.mayorsinaction.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryImport;
import eu.mayorsinaction.organisation.SignatoryImportRejected;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CSV import of many signatories: upload, preview with every row and every error, then
 * store all or nothing.
 */
@Controller
@RequestMapping("/app/signatories/import")
class SignatoryImportController {

	static final String VIEW = "organisation/signatory-import";

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	SignatoryImportController(OrganisationManagement organisations, MessageSource messages) {
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String form(Actor actor, Model model) {
		requireCanCreate(actor);
		model.addAttribute("myOrganisations", this.organisations.organisationsOf(actor));
		return VIEW;
	}

	@PostMapping
	String preview(Actor actor, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) Long supportedBy, Model model) throws IOException {
		requireCanCreate(actor);
		model.addAttribute("myOrganisations", this.organisations.organisationsOf(actor));
		model.addAttribute("supportedBy", supportedBy);
		if (file == null || file.isEmpty()) {
			model.addAttribute("flashError", message("signatory.import.noFile"));
			return VIEW;
		}
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		try {
			SignatoryImport preview = this.organisations.previewSignatoryImport(actor, csv, supporter(supportedBy));
			model.addAttribute("preview", preview);
			model.addAttribute("csv", csv);
		}
		catch (InvalidInput ex) {
			model.addAttribute("flashError", message(ex.violations().get(0).code()));
		}
		return VIEW;
	}

	@PostMapping("/confirm")
	String confirm(Actor actor, @RequestParam String csv, @RequestParam(required = false) Long supportedBy, Model model,
			RedirectAttributes redirect) {
		requireCanCreate(actor);
		try {
			List<SignatoryView> stored = this.organisations.importSignatories(actor, csv, supporter(supportedBy));
			redirect.addFlashAttribute("flashSuccess", message("signatory.import.stored", stored.size()));
			return "redirect:/app/signatories";
		}
		catch (SignatoryImportRejected ex) {
			model.addAttribute("preview", ex.result());
			model.addAttribute("csv", csv);
		}
		catch (InvalidInput ex) {
			model.addAttribute("flashError", message(ex.violations().get(0).code()));
		}
		model.addAttribute("myOrganisations", this.organisations.organisationsOf(actor));
		model.addAttribute("supportedBy", supportedBy);
		return VIEW;
	}

	private static OrganisationId supporter(Long id) {
		return (id != null) ? new OrganisationId(id) : null;
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
