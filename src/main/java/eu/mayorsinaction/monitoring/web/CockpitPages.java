package eu.mayorsinaction.monitoring.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.mayorsinaction.monitoring.CockpitQuery;
import eu.mayorsinaction.monitoring.CockpitRow;
import eu.mayorsinaction.monitoring.CockpitView;
import eu.mayorsinaction.monitoring.CycleStage;
import eu.mayorsinaction.monitoring.MonitoringCockpit;
import eu.mayorsinaction.monitoring.RiskLevel;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Countries;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The coordinator's cockpit page: filters in the query string, sortable, exportable. */
@Controller
class CockpitPages {

	private final MonitoringCockpit cockpit;

	private final CockpitExport export;

	private final MessageSource messages;

	CockpitPages(MonitoringCockpit cockpit, CockpitExport export, MessageSource messages) {
		this.cockpit = cockpit;
		this.export = export;
		this.messages = messages;
	}

	@GetMapping("/app/organisations/{id}/cockpit")
	String cockpit(Actor actor, @PathVariable long id, @RequestParam(required = false) String country,
			@RequestParam(required = false) CycleStage stage, @RequestParam(required = false) RiskLevel risk,
			@RequestParam(required = false) String sort, Locale locale, HttpServletRequest request, Model model) {
		CockpitQuery query = new CockpitQuery(country, stage, risk, sort);
		CockpitView view = this.cockpit.cockpit(actor, new OrganisationId(id), query);
		model.addAttribute("cockpit", view);
		model.addAttribute("lines", lines(view, locale, request.getContextPath()));
		model.addAttribute("query", query);
		model.addAttribute("stages", CycleStage.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("sorts", new String[] { "risk", "due", "name", "country", "completeness", "activity" });
		return "monitoring/cockpit";
	}

	private List<CockpitLine> lines(CockpitView view, Locale locale, String contextPath) {
		Map<String, String> labels = new HashMap<>();
		Function<String, String> label = (key) -> labels.computeIfAbsent(key,
				(k) -> this.messages.getMessage(k, null, locale));
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(ZoneId.systemDefault());
		String missingIntro = label.apply("monitoring.cockpit.missing");
		List<CockpitLine> lines = new ArrayList<>(view.rows().size());
		for (CockpitRow row : view.rows()) {
			String base = contextPath + "/app/signatories/" + row.signatoryId();
			String nextDue = "";
			String days = "";
			if (row.nextKind() != null) {
				nextDue = label.apply("monitoring.kind." + row.nextKind()) + ", " + dates.format(row.nextDue());
				days = (row.daysLeft() < 0)
						? this.messages.getMessage("monitoring.days.overdue", new Object[] { -row.daysLeft() }, locale)
						: this.messages.getMessage("monitoring.days.left", new Object[] { row.daysLeft() }, locale);
			}
			String missing = row.missing().isEmpty() ? ""
					: missingIntro + " "
							+ row.missing()
								.stream()
								.map((code) -> label.apply("monitoring.missing." + code))
								.collect(Collectors.joining(", "));
			lines.add(new CockpitLine(row, base + "/schedule", base + "/reports",
					labels.computeIfAbsent("country." + row.country(),
							(k) -> Countries.displayName(row.country(), locale)),
					(row.status() == SignatoryStatus.ACTIVE) ? "" : label.apply("signatory.status." + row.status()),
					label.apply("monitoring.stage." + row.stage()), nextDue, days,
					row.daysLeft() != null && row.daysLeft() < 0, label.apply("monitoring.risk." + row.risk()), missing,
					(row.lastActivity() != null) ? times.format(row.lastActivity()) : "–",
					(row.awaitingReview() > 0) ? this.messages.getMessage("monitoring.cockpit.awaitingLink",
							new Object[] { row.awaitingReview(), row.name() }, locale) : ""));
		}
		return lines;
	}

	@GetMapping("/app/organisations/{id}/cockpit/export")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String country, @RequestParam(required = false) CycleStage stage,
			@RequestParam(required = false) RiskLevel risk, @RequestParam(required = false) String sort,
			Locale locale) {
		return CockpitApi.download(this.export,
				this.cockpit.cockpit(actor, new OrganisationId(id), new CockpitQuery(country, stage, risk, sort)),
				format, locale);
	}

}
