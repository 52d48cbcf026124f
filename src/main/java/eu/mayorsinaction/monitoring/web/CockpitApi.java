package eu.mayorsinaction.monitoring.web;

import java.util.Locale;

import eu.mayorsinaction.monitoring.CockpitQuery;
import eu.mayorsinaction.monitoring.CockpitView;
import eu.mayorsinaction.monitoring.CycleStage;
import eu.mayorsinaction.monitoring.MonitoringCockpit;
import eu.mayorsinaction.monitoring.RiskLevel;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{id}/cockpit")
@Tag(name = "Monitoring")
class CockpitApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final MonitoringCockpit cockpit;

	private final CockpitExport export;

	CockpitApi(MonitoringCockpit cockpit, CockpitExport export) {
		this.cockpit = cockpit;
		this.export = export;
	}

	@GetMapping
	@Operation(summary = "The coordinator's cockpit over the signatories the organisation supports",
			description = "Stage in the cycle, next deadline (daysLeft negative when overdue), risk of being put on "
					+ "hold, data completeness, last activity and reports awaiting review; filter by country, stage "
					+ "and risk; sort by name, country, due, risk, completeness or activity (leading - reverses).")
	CockpitView cockpit(Actor actor, @PathVariable long id, @RequestParam(required = false) String country,
			@RequestParam(required = false) CycleStage stage, @RequestParam(required = false) RiskLevel risk,
			@RequestParam(required = false) String sort) {
		return this.cockpit.cockpit(actor, new OrganisationId(id), new CockpitQuery(country, stage, risk, sort));
	}

	@GetMapping("/export")
	@Operation(summary = "The cockpit as CSV or XLSX (format=csv|xlsx), with the same filters")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String country, @RequestParam(required = false) CycleStage stage,
			@RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) String sort,
			Locale locale) {
		return download(this.export,
				this.cockpit.cockpit(actor, new OrganisationId(id), new CockpitQuery(country, stage, risk, sort)),
				format, locale);
	}

	static ResponseEntity<byte[]> download(CockpitExport export, CockpitView view, String format, Locale locale) {
		boolean xlsx = "xlsx".equalsIgnoreCase(format);
		if (!xlsx && !"csv".equalsIgnoreCase(format)) {
			throw new eu.mayorsinaction.shared.InvalidInput("format", "monitoring.error.format");
		}
		byte[] body = xlsx ? export.xlsx(view, locale) : export.csv(view, locale);
		String name = "cockpit-" + view.organisationId() + "-" + view.today() + (xlsx ? ".xlsx" : ".csv");
		return ResponseEntity.ok()
			.contentType(xlsx ? XLSX : CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
