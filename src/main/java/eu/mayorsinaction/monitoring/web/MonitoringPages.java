package eu.mayorsinaction.monitoring.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.monitoring.DeadlineKind;
import eu.mayorsinaction.monitoring.ExtensionData;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.MonitoringSchedules;
import eu.mayorsinaction.monitoring.ReportData;
import eu.mayorsinaction.monitoring.ReportType;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signatory's schedule (with the extension form) and its monitoring reports (list, new
 * report, the report's page with its check and workflow steps). A step that fails comes
 * back to the page with the translated reason and the person's input kept; a step on a
 * report someone else changed meanwhile shows the report as it is now, keeping the input.
 */
@Controller
class MonitoringPages {

	private final MonitoringSchedules schedules;

	private final MonitoringReports reports;

	private final OrganisationManagement organisations;

	private final ActionPlanManagement plans;

	private final InventoryManagement inventories;

	private final MessageSource messages;

	MonitoringPages(MonitoringSchedules schedules, MonitoringReports reports, OrganisationManagement organisations,
			ActionPlanManagement plans, InventoryManagement inventories, MessageSource messages) {
		this.schedules = schedules;
		this.reports = reports;
		this.organisations = organisations;
		this.plans = plans;
		this.inventories = inventories;
		this.messages = messages;
	}

	@GetMapping("/app/signatories/{id}/schedule")
	String schedule(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatory));
		model.addAttribute("schedule", this.schedules.schedule(actor, signatory));
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatory));
		return "monitoring/schedule";
	}

	@PostMapping("/app/signatories/{id}/schedule/extensions")
	String extend(Actor actor, @PathVariable long id, @RequestParam(required = false) String deadline,
			@RequestParam(required = false) String newDate, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		Long commitment = null;
		DeadlineKind kind = null;
		Integer number = null;
		String[] parts = (deadline != null) ? deadline.split(":") : new String[0];
		try {
			if (parts.length == 3) {
				commitment = Long.valueOf(parts[0]);
				kind = DeadlineKind.valueOf(parts[1]);
				number = Integer.valueOf(parts[2]);
			}
		}
		catch (IllegalArgumentException ex) {
			commitment = null;
		}
		try {
			this.schedules.extend(actor, new SignatoryId(id),
					new ExtensionData(commitment, kind, number, date(newDate, "newDate"), reason));
			redirect.addFlashAttribute("flashSuccess", text("monitoring.extension.saved"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("extensionErrors", messages(ex));
			redirect.addFlashAttribute("extensionInput", new String[] { deadline, newDate, reason });
		}
		return "redirect:/app/signatories/" + id + "/schedule#extension";
	}

	@GetMapping("/app/signatories/{id}/reports")
	String reports(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatory));
		model.addAttribute("reports", this.reports.reports(actor, signatory));
		model.addAttribute("plans", this.plans.plans(actor, signatory));
		model.addAttribute("meis",
				this.inventories.inventories(actor, signatory)
					.stream()
					.filter((s) -> s.type() == InventoryType.MEI)
					.toList());
		model.addAttribute("types", ReportType.values());
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatory));
		return "monitoring/reports";
	}

	@PostMapping("/app/signatories/{id}/reports")
	String create(Actor actor, @PathVariable long id, @RequestParam(required = false) ReportType type,
			@RequestParam(required = false) String title, @RequestParam(required = false) Long planId,
			@RequestParam(required = false) Long meiInventoryId, RedirectAttributes redirect) {
		try {
			ReportView created = this.reports.create(actor, new SignatoryId(id),
					new ReportData(type, title, planId, meiInventoryId, null, null));
			return "redirect:/app/signatories/" + id + "/reports/" + created.id();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("reportErrors", messages(ex));
			redirect.addFlashAttribute("reportTitle", title);
			return "redirect:/app/signatories/" + id + "/reports#new-report";
		}
	}

	@GetMapping("/app/signatories/{id}/reports/{reportId:\\d+}")
	String report(Actor actor, @PathVariable long id, @PathVariable long reportId, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatory));
		ReportView report = this.reports.report(actor, signatory, reportId);
		model.addAttribute("report", report);
		model.addAttribute("actions", this.reports.reportedActions(actor, signatory, report));
		model.addAttribute("check", this.reports.check(actor, signatory, reportId));
		// The plan column is "on delete set null": a named plan exists.
		model.addAttribute("plan",
				(report.planId() != null) ? this.plans.plan(actor, signatory, report.planId()) : null);
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatory));
		model.addAttribute("isCoordinator", this.reports.isCoordinator(actor, signatory));
		model.addAttribute("hasCoordinator", this.reports.hasCoordinator(actor, signatory));
		return "monitoring/report";
	}

	@PostMapping("/app/signatories/{id}/reports/{reportId:\\d+}/{step:submit|approve|return|covenant-submission}")
	String step(Actor actor, @PathVariable long id, @PathVariable long reportId, @PathVariable String step,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) String comment,
			@RequestParam(required = false) String date, RedirectAttributes redirect) {
		SignatoryId signatory = new SignatoryId(id);
		try {
			switch (step) {
				case "submit" -> this.reports.submit(actor, signatory, reportId, version);
				case "approve" -> this.reports.decide(actor, signatory, reportId, version, true, comment);
				case "return" -> this.reports.decide(actor, signatory, reportId, version, false, comment);
				default ->
					this.reports.recordCovenantSubmission(actor, signatory, reportId, version, date(date, "date"));
			}
			redirect.addFlashAttribute("flashSuccess", text("monitoring.step.done." + step));
		}
		catch (EditConflict ex) {
			redirect.addFlashAttribute("stepErrors", List.of(text("monitoring.step.conflict")));
			redirect.addFlashAttribute("stepComment", comment);
			redirect.addFlashAttribute("stepDate", date);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("stepErrors", messages(ex));
			redirect.addFlashAttribute("stepComment", comment);
			redirect.addFlashAttribute("stepDate", date);
		}
		catch (BusinessException ex) {
			if (ex.status() == 404) {
				throw ex;
			}
			List<String> errors = new ArrayList<>();
			errors.add(this.messages.getMessage(ex.code(), ex.arguments(), locale()));
			ex.details()
				.forEach((d) -> errors.add(this.messages.getMessage(d.code(), d.arguments().toArray(), locale())));
			redirect.addFlashAttribute("stepErrors", errors);
			redirect.addFlashAttribute("stepComment", comment);
			redirect.addFlashAttribute("stepDate", date);
		}
		return "redirect:/app/signatories/" + id + "/reports/" + reportId;
	}

	private static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput(field, "monitoring.error.date");
		}
	}

	private List<String> messages(InvalidInput ex) {
		return ex.violations()
			.stream()
			.map((v) -> text("monitoring.field." + v.field()) + ": "
					+ this.messages.getMessage(v.code(), v.arguments(), locale()))
			.toList();
	}

	private String text(String code) {
		return this.messages.getMessage(code, null, code, locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
