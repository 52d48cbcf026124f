package eu.mayorsinaction.organisation.web;

import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The history of a signatory or an organisation, for the people who may see it: anyone
 * else gets 404, as on the object's own page.
 */
@Controller
class HistoryController {

	static final String HISTORY = "audit/history";

	private final OrganisationManagement organisations;

	private final AuditManagement audit;

	private final MessageSource messages;

	HistoryController(OrganisationManagement organisations, AuditManagement audit, MessageSource messages) {
		this.organisations = organisations;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/app/signatories/{id}/history")
	String signatory(Actor actor, @PathVariable long id, Model model) {
		SignatoryView signatory = this.organisations.getSignatory(actor, new SignatoryId(id));
		model.addAttribute("objectName", signatory.name());
		model.addAttribute("objectUrl", "/app/signatories/" + id);
		model.addAttribute("listUrl", "/app/signatories");
		model.addAttribute("listTitle", message("signatory.list.title"));
		model.addAttribute("entries", this.audit.historyOfSignatory(id));
		model.addAttribute("historyLimit", AuditManagement.HISTORY_LIMIT);
		return HISTORY;
	}

	@GetMapping("/app/organisations/{id}/history")
	String organisation(Actor actor, @PathVariable long id, Model model) {
		OrganisationView organisation = this.organisations.getOrganisation(actor, new OrganisationId(id));
		model.addAttribute("objectName", organisation.name());
		model.addAttribute("objectUrl", "/app/organisations/" + id);
		model.addAttribute("listUrl", "/app/organisations");
		model.addAttribute("listTitle", message("organisation.list.title"));
		model.addAttribute("entries", this.audit.historyOfOrganisation(id));
		model.addAttribute("historyLimit", AuditManagement.HISTORY_LIMIT);
		return HISTORY;
	}

	private String message(String code) {
		return this.messages.getMessage(code, null, LocaleContextHolder.getLocale());
	}

}
