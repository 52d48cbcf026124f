package eu.mayorsinaction.monitoring.web;

import java.util.Locale;

import eu.mayorsinaction.monitoring.CockpitQuery;
import eu.mayorsinaction.monitoring.CockpitView;
import eu.mayorsinaction.monitoring.CycleStage;
import eu.mayorsinaction.monitoring.MonitoringCockpit;
import eu.mayorsinaction.monitoring.RiskLevel;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.shared.Actor;

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

	CockpitPages(MonitoringCockpit cockpit, CockpitExport export) {
		this.cockpit = cockpit;
		this.export = export;
	}

	@GetMapping("/app/organisations/{id}/cockpit")
	String cockpit(Actor actor, @PathVariable long id, @RequestParam(required = false) String country,
			@RequestParam(required = false) CycleStage stage, @RequestParam(required = false) RiskLevel risk,
			@RequestParam(required = false) String sort, Model model) {
		CockpitQuery query = new CockpitQuery(country, stage, risk, sort);
		CockpitView view = this.cockpit.cockpit(actor, new OrganisationId(id), query);
		model.addAttribute("cockpit", view);
		model.addAttribute("query", query);
		model.addAttribute("stages", CycleStage.values());
		model.addAttribute("risks", RiskLevel.values());
		model.addAttribute("sorts", new String[] { "risk", "due", "name", "country", "completeness", "activity" });
		return "monitoring/cockpit";
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
