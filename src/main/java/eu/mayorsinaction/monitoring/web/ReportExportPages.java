package eu.mayorsinaction.monitoring.web;

import java.util.Locale;

import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.export.ReportExports;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The download links of the report page
 * ({@code monitoring/report-export-links :: links}): the filled SEAP template, the CSV
 * and the XLSX of a monitoring report.
 */
@Controller
@RequestMapping("/app/signatories/{id}/reports/{reportId}")
class ReportExportPages {

	private final ReportExports exports;

	private final MonitoringReports reports;

	ReportExportPages(ReportExports exports, MonitoringReports reports) {
		this.exports = exports;
		this.reports = reports;
	}

	/**
	 * The download links alone (for htmx, {@code hx-get}); the report page may instead
	 * include the fragment directly. Access first: 404 for another tenant's report.
	 */
	@GetMapping("/export-links")
	String links(Actor actor, @PathVariable long id, @PathVariable long reportId, Model model) {
		ReportView report = this.reports.report(actor, new SignatoryId(id), reportId);
		model.addAttribute("signatoryId", report.signatoryId());
		model.addAttribute("reportId", report.id());
		return "monitoring/report-export-links :: links";
	}

	@GetMapping("/export.xls")
	ResponseEntity<byte[]> template(Actor actor, @PathVariable long id, @PathVariable long reportId, Locale locale) {
		return export(actor, id, reportId, "template", locale);
	}

	@GetMapping("/export.csv")
	ResponseEntity<byte[]> csv(Actor actor, @PathVariable long id, @PathVariable long reportId, Locale locale) {
		return export(actor, id, reportId, "csv", locale);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> xlsx(Actor actor, @PathVariable long id, @PathVariable long reportId, Locale locale) {
		return export(actor, id, reportId, "xlsx", locale);
	}

	private ResponseEntity<byte[]> export(Actor actor, long id, long reportId, String format, Locale locale) {
		return ReportExportApi.download(this.exports.export(actor, new SignatoryId(id), reportId, format, locale));
	}

}
