package eu.mayorsinaction.audit.web;

import java.time.LocalDate;

import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.audit.AuditQuery;
import eu.mayorsinaction.shared.Actor;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for platform admins: newest first, filtered by action, object type,
 * person, dates and free text, in pages.
 */
@Controller
class AuditController {

	static final String LIST = "audit/audit";

	private final AuditManagement audit;

	AuditController(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping("/app/admin/audit")
	String list(Actor actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String objectType, @RequestParam(required = false) String person,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Model model) {
		AuditQuery query = new AuditQuery(blankToNull(action), blankToNull(objectType), null, null, from, to,
				blankToNull(q), blankToNull(person));
		model.addAttribute("query", query);
		model.addAttribute("result", this.audit.find(actor, query, page, size));
		model.addAttribute("actions", this.audit.actions(actor));
		model.addAttribute("objectTypes", this.audit.objectTypes(actor));
		return LIST;
	}

	static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
