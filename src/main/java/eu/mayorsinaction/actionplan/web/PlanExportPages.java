package eu.mayorsinaction.actionplan.web;

import java.util.Locale;

import eu.mayorsinaction.actionplan.export.PlanExports;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The download links of the plan page ({@code actionplan/export-links :: links}): the
 * filled SEAP template, the CSV and the XLSX of a plan.
 */
@Controller
@RequestMapping("/app/signatories/{id}/plans/{planId}")
class PlanExportPages {

	private final PlanExports exports;

	PlanExportPages(PlanExports exports) {
		this.exports = exports;
	}

	@GetMapping("/export.xls")
	ResponseEntity<byte[]> template(Actor actor, @PathVariable long id, @PathVariable long planId, Locale locale) {
		return export(actor, id, planId, "template", locale);
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(Actor actor, @PathVariable long id, @PathVariable long planId, Locale locale) {
		return export(actor, id, planId, "csv", locale);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id, @PathVariable long planId, Locale locale) {
		return export(actor, id, planId, "xlsx", locale);
	}

	private ResponseEntity<byte[]> export(Actor actor, long id, long planId, String format, Locale locale) {
		return PlanExportApi.download(this.exports.export(actor, new SignatoryId(id), planId, format, locale));
	}

}
