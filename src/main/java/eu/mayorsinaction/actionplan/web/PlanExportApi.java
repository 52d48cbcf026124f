package eu.mayorsinaction.actionplan.web;

import java.util.Locale;

import eu.mayorsinaction.actionplan.export.PlanExports;
import eu.mayorsinaction.actionplan.export.PlanFile;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Action plans")
class PlanExportApi {

	private final PlanExports exports;

	PlanExportApi(PlanExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/signatories/{id}/plans/{planId}/export")
	@Operation(summary = "The plan as a file: the SEAP template's action-plan sheet (.xls), CSV or XLSX",
			description = "format=template (default): a filled copy of the Covenant's 2009 SEAP template; per "
					+ "sub-field its first five actions (key measures first, then by expected CO2 reduction), main "
					+ "fields and M580 with the sums of all actions not cancelled, a notes sheet with every "
					+ "sub-field's count and sums. format=csv (UTF-8 with BOM) or xlsx: one row per action with "
					+ "every field, the savings per carrier [MWh/a] and the CO2 reduction [t/a], entered or computed "
					+ "with the BEI's factors; the XLSX adds the plan and its target figures. Headers in the "
					+ "language asked. Another format answers 400; another tenant's signatory 404.")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String format, Locale locale) {
		return download(this.exports.export(actor, new SignatoryId(id), planId, format, locale));
	}

	/** The file as an attachment under its name. */
	static ResponseEntity<byte[]> download(PlanFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

}
