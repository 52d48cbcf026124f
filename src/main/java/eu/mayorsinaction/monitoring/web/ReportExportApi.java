package eu.mayorsinaction.monitoring.web;

import java.util.Locale;

import eu.mayorsinaction.monitoring.export.ReportExports;
import eu.mayorsinaction.monitoring.export.ReportFile;
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
@Tag(name = "Monitoring")
class ReportExportApi {

	private final ReportExports exports;

	ReportExportApi(ReportExports exports) {
		this.exports = exports;
	}

	@GetMapping("/api/v1/signatories/{id}/reports/{reportId}/export")
	@Operation(summary = "A monitoring report as a file: the SEAP template layout (.xls), CSV or XLSX",
			description = "format=template (default): a filled copy of the Covenant's 2009 SEAP template (the "
					+ "project has no separate monitoring template): the action-plan sheet with the report's "
					+ "actions, for a Full Report the MEI in its inventory sheet, and a sheet with the report's "
					+ "header. format=csv (UTF-8 with BOM) or xlsx: the header fields (type, status, dates, "
					+ "coordinator comment) and one row per reported action (field, title, status, estimated and "
					+ "actual cost EUR, CO2 t/a, Benchmark of Excellence). Headers in the language asked. Another "
					+ "format answers 400; another tenant's signatory 404.")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @PathVariable long reportId,
			@RequestParam(required = false) String format, Locale locale) {
		return download(this.exports.export(actor, new SignatoryId(id), reportId, format, locale));
	}

	/** The file as an attachment under its name. */
	static ResponseEntity<byte[]> download(ReportFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.body(file.content());
	}

}
