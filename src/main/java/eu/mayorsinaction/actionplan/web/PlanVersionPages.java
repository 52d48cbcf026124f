package eu.mayorsinaction.actionplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.actionplan.PlanComparison;
import eu.mayorsinaction.actionplan.PlanComparison.FieldChange;
import eu.mayorsinaction.actionplan.PlanVersionPanel;
import eu.mayorsinaction.actionplan.PlanVersionSummary;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a plan's submissions: the list with the submission form, one frozen
 * edition, and two editions side by side.
 */
@Controller
@RequestMapping("/app/signatories/{id}/plans/{planId:\\d+}")
class PlanVersionPages {

	static final String VERSIONS = "actionplan/versions";

	static final String VERSION = "actionplan/version";

	static final String COMPARE = "actionplan/compare";

	private final PlanVersions versions;

	private final ActionPlanManagement plans;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	PlanVersionPages(PlanVersions versions, ActionPlanManagement plans, OrganisationManagement organisations,
			MessageSource messages) {
		this.versions = versions;
		this.plans = plans;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/versions")
	String versions(Actor actor, @PathVariable long id, @PathVariable long planId, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		common(actor, signatory, planId, model);
		model.addAttribute("versions", this.versions.versions(actor, signatory, planId));
		if (!model.containsAttribute("submittedOn")) {
			model.addAttribute("submittedOn", LocalDate.now().toString());
		}
		return VERSIONS;
	}

	@PostMapping("/submit")
	String submit(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String submittedOn, @RequestParam(required = false) Integer version,
			RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			LocalDate date = parse(submittedOn);
			int edition = this.versions.submit(actor, new SignatoryId(id), planId, date, version).edition();
			redirect.addFlashAttribute("flashSuccess",
					this.messages.getMessage("planversions.submit.done", new Object[] { edition }, locale));
		}
		catch (InvalidInput ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations()
				.forEach((v) -> errors.putIfAbsent(v.field(),
						this.messages.getMessage(v.code(), v.arguments(), locale)));
			redirect.addFlashAttribute("submitErrors", errors);
			redirect.addFlashAttribute("submittedOn", submittedOn);
			return "redirect:/app/signatories/" + id + "/plans/" + planId + "/versions#submit";
		}
		catch (BusinessException ex) {
			if (ex.status() != 409) {
				throw ex;
			}
			redirect.addFlashAttribute("flashError", this.messages.getMessage(ex.code(), ex.arguments(), locale));
		}
		return "redirect:/app/signatories/" + id + "/plans/" + planId + "/versions";
	}

	@GetMapping("/versions/{edition:\\d+}")
	String version(Actor actor, @PathVariable long id, @PathVariable long planId, @PathVariable int edition,
			Model model) {
		SignatoryId signatory = new SignatoryId(id);
		common(actor, signatory, planId, model);
		model.addAttribute("version", this.versions.version(actor, signatory, planId, edition));
		return VERSION;
	}

	@GetMapping("/compare")
	String compare(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		PlanVersionPanel panel = common(actor, signatory, planId, model);
		List<PlanVersionSummary> submitted = this.versions.versions(actor, signatory, planId);
		model.addAttribute("versions", submitted);
		String left = (from != null) ? from
				: submitted.isEmpty() ? null : String.valueOf(submitted.get(submitted.size() - 1).edition());
		String right = (to != null) ? to : PlanVersions.CURRENT;
		model.addAttribute("from", left);
		model.addAttribute("to", right);
		model.addAttribute("currentEdition", panel.edition());
		if (left == null) {
			return COMPARE;
		}
		try {
			PlanComparison comparison = this.versions.compare(actor, signatory, planId, left, right);
			model.addAttribute("comparison", comparison);
			model.addAttribute("planRows", rows(comparison.planChanges(), "planStatus"));
			List<ActionRows> changed = new ArrayList<>();
			comparison.changed()
				.forEach((c) -> changed.add(new ActionRows(c.id(), c.title(), rows(c.changes(), "actionStatus"))));
			model.addAttribute("changedActions", changed);
		}
		catch (InvalidInput ex) {
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations()
				.forEach((v) -> errors.putIfAbsent(v.field(),
						this.messages.getMessage(v.code(), v.arguments(), locale)));
			model.addAttribute("compareErrors", errors);
		}
		return COMPARE;
	}

	private PlanVersionPanel common(Actor actor, SignatoryId signatory, long planId, Model model) {
		model.addAttribute("signatory", this.organisations.getSignatory(actor, signatory));
		model.addAttribute("plan", this.plans.plan(actor, signatory, planId));
		PlanVersionPanel panel = this.versions.panel(actor, signatory, planId);
		model.addAttribute("panel", panel);
		return panel;
	}

	private static LocalDate parse(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(date.trim());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("submittedOn", "planversions.error.date");
		}
	}

	/** A changed field for the page: the template formats the values by their kind. */
	private static List<Row> rows(List<FieldChange> changes, String statusKind) {
		return changes.stream().map((change) -> Row.of(change, statusKind)).toList();
	}

	/**
	 * @param carrier the carrier of a saving, else {@code null}
	 * @param kind how to show the values: number, date, bool, planStatus, actionStatus or
	 * text
	 */
	record Row(String field, String carrier, String kind, Object from, Object to) {

		static Row of(FieldChange change, String statusKind) {
			String field = change.field();
			String carrier = null;
			if (field.startsWith("savings.")) {
				carrier = field.substring("savings.".length());
				field = "savings";
			}
			Object sample = (change.from() != null) ? change.from() : change.to();
			String kind;
			if (field.equals("status")) {
				kind = statusKind;
			}
			else if (sample instanceof Number && !field.endsWith("Id")) {
				kind = "number";
			}
			else if (sample instanceof LocalDate) {
				kind = "date";
			}
			else if (sample instanceof Boolean) {
				kind = "bool";
			}
			else {
				kind = "text";
			}
			return new Row(field, carrier, kind, change.from(), change.to());
		}

	}

	record ActionRows(long id, String title, List<Row> rows) {
	}

}
