package eu.mayorsinaction.actionplan.web;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import eu.mayorsinaction.actionplan.ActionCodeList;
import eu.mayorsinaction.actionplan.ActionCodeView;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.BudgetKind;
import eu.mayorsinaction.actionplan.BudgetLineData;
import eu.mayorsinaction.actionplan.CommentView;
import eu.mayorsinaction.actionplan.EvidenceFile;
import eu.mayorsinaction.actionplan.IndicatorData;
import eu.mayorsinaction.actionplan.IndicatorValueData;
import eu.mayorsinaction.actionplan.MilestoneData;
import eu.mayorsinaction.actionplan.MilestoneView;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.actionplan.StakeholderData;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The action's page: its core fields read-only, then its stakeholders, milestones,
 * budget, indicators, evidence, comments and history, each with its forms (plain posts
 * that come back to the page; a bad entry comes back with the errors named and the form
 * filled in, nothing stored).
 */
@Controller
@RequestMapping("/app/signatories/{id}/actions/{actionId:\\d+}")
class ActionDetailPages {

	static final String PAGE = "actionplan/action";

	private final ActionDetails details;

	private final ActionPlanManagement plans;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	ActionDetailPages(ActionDetails details, ActionPlanManagement plans, OrganisationManagement organisations,
			MessageSource messages) {
		this.details = details;
		this.plans = plans;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String page(Actor actor, @PathVariable long id, @PathVariable long actionId, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		ActionView action = this.plans.action(actor, signatory, actionId);
		PlanView plan = this.plans.plan(actor, signatory, action.planId());
		model.addAttribute("signatory", view);
		model.addAttribute("action", action);
		model.addAttribute("plan", plan);
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatory));
		model.addAttribute("policyInstrument",
				code(actor, ActionCodeList.POLICY_INSTRUMENT, action.policyInstrumentCode()));
		model.addAttribute("origin", code(actor, ActionCodeList.ORIGIN, action.originCode()));
		model.addAttribute("responsibleUserName", this.details.userName(action.responsibleUserId()).orElse(null));
		model.addAttribute("stakeholders", this.details.stakeholders(actor, signatory, actionId));
		List<MilestoneView> milestones = this.details.milestones(actor, signatory, actionId);
		model.addAttribute("milestones", milestones);
		model.addAttribute("budget", this.details.budget(actor, signatory, actionId));
		model.addAttribute("budgetKinds", BudgetKind.values());
		model.addAttribute("indicators", this.details.indicators(actor, signatory, actionId));
		model.addAttribute("evidence", this.details.evidence(actor, signatory, actionId));
		List<CommentView> comments = this.details.comments(actor, signatory, actionId);
		model.addAttribute("comments", comments);
		model.addAttribute("deletableComments",
				comments.stream().filter((c) -> this.details.mayDelete(actor, c)).map(CommentView::id).toList());
		model.addAttribute("history", this.details.history(actor, signatory, actionId));
		model.addAttribute("today", this.details.today());
		model.addAttribute("maxMegabytes", this.details.evidenceMaxBytes() / (1024 * 1024));
		model.addAttribute("extensions", String.join(", ", this.details.evidenceExtensions()));
		model.addAttribute("accept", "." + String.join(",.", this.details.evidenceExtensions()));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("errorForm", "");
			model.addAttribute("form", Map.of());
		}
		return PAGE;
	}

	/** The code-list entry of the action (its label as typed or its message key). */
	private ActionCodeView code(Actor actor, ActionCodeList list, String code) {
		if (code == null) {
			return null;
		}
		return this.details.codes(actor, list)
			.stream()
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElse(new ActionCodeView(0, list, code, code, false));
	}

	// Stakeholders

	@PostMapping("/stakeholders")
	String addStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "stakeholders", form, redirect,
				() -> this.details.addStakeholder(actor, new SignatoryId(id), actionId,
						new StakeholderData(form.get("name"), form.get("role"), form.get("contact"))));
	}

	@PostMapping("/stakeholders/{stakeholderId}")
	String updateStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long stakeholderId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "stakeholders", edited(form, stakeholderId), redirect,
				() -> this.details.updateStakeholder(actor, new SignatoryId(id), actionId, stakeholderId,
						new StakeholderData(form.get("name"), form.get("role"), form.get("contact"))));
	}

	@PostMapping("/stakeholders/{stakeholderId}/delete")
	String deleteStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long stakeholderId, RedirectAttributes redirect) {
		this.details.deleteStakeholder(actor, new SignatoryId(id), actionId, stakeholderId);
		return done(id, actionId, "stakeholders", "actiondetails.deleted", redirect);
	}

	// Milestones

	@PostMapping("/milestones")
	String addMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "milestones", form, redirect, () -> {
			Map<String, String> bad = new LinkedHashMap<>();
			LocalDate due = date(form.get("dueDate"), "dueDate", bad);
			Long user = null;
			String email = form.get("responsibleEmail");
			if (email != null && !email.isBlank()) {
				user = this.details.userIdByEmail(email).orElse(null);
				if (user == null) {
					bad.put("responsibleEmail", "actiondetails.error.unknownUser");
				}
			}
			throwIfAny(bad);
			try {
				return this.details.addMilestone(actor, new SignatoryId(id), actionId,
						new MilestoneData(form.get("title"), due, user, form.get("responsibleName"), false, null));
			}
			catch (InvalidInput ex) {
				throw renamed(ex, "responsibleUserId", "responsibleEmail");
			}
		});
	}

	@PostMapping("/milestones/{milestoneId}")
	String updateMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long milestoneId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		SignatoryId signatory = new SignatoryId(id);
		return run(id, actionId, "milestones", edited(form, milestoneId), redirect, () -> {
			MilestoneView before = this.details.milestones(actor, signatory, actionId)
				.stream()
				.filter((m) -> m.id() == milestoneId)
				.findFirst()
				.orElseThrow(() -> new eu.mayorsinaction.actionplan.ActionDetailNotFound(milestoneId));
			Map<String, String> bad = new LinkedHashMap<>();
			LocalDate due = date(form.get("dueDate"), "dueDate", bad);
			// an empty address keeps the responsible user unless the person asks to
			// remove them
			Long user = "true".equals(form.get("clearResponsibleUser")) ? null : before.responsibleUserId();
			String email = form.get("responsibleEmail");
			if (email != null && !email.isBlank()) {
				user = this.details.userIdByEmail(email).orElse(null);
				if (user == null) {
					bad.put("responsibleEmail", "actiondetails.error.unknownUser");
				}
			}
			throwIfAny(bad);
			try {
				return this.details.updateMilestone(actor, signatory, actionId, milestoneId, new MilestoneData(
						form.get("title"), due, user, form.get("responsibleName"), before.done(), before.doneDate()));
			}
			catch (InvalidInput ex) {
				throw renamed(ex, "responsibleUserId", "responsibleEmail");
			}
		});
	}

	@PostMapping("/milestones/{milestoneId}/done")
	String toggleMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long milestoneId, @RequestParam(defaultValue = "true") boolean done,
			RedirectAttributes redirect) {
		SignatoryId signatory = new SignatoryId(id);
		MilestoneView milestone = this.details.milestones(actor, signatory, actionId)
			.stream()
			.filter((m) -> m.id() == milestoneId)
			.findFirst()
			.orElseThrow(() -> new eu.mayorsinaction.actionplan.ActionDetailNotFound(milestoneId));
		this.details.updateMilestone(actor, signatory, actionId, milestoneId, new MilestoneData(milestone.title(),
				milestone.dueDate(), milestone.responsibleUserId(), milestone.responsibleName(), done, null));
		return done(id, actionId, "milestones", "actiondetails.saved", redirect);
	}

	@PostMapping("/milestones/{milestoneId}/delete")
	String deleteMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long milestoneId, RedirectAttributes redirect) {
		this.details.deleteMilestone(actor, new SignatoryId(id), actionId, milestoneId);
		return done(id, actionId, "milestones", "actiondetails.deleted", redirect);
	}

	// Budget

	@PostMapping("/budget")
	String addBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "budget", form, redirect,
				() -> this.details.addBudgetLine(actor, new SignatoryId(id), actionId, budgetLine(form)));
	}

	private static BudgetLineData budgetLine(Map<String, String> form) {
		Map<String, String> bad = new LinkedHashMap<>();
		Double year = number(form.get("year"), "year", bad);
		Double planned = number(form.get("plannedEur"), "plannedEur", bad);
		Double actual = number(form.get("actualEur"), "actualEur", bad);
		BudgetKind kind = null;
		try {
			kind = (form.get("kind") != null) ? BudgetKind.valueOf(form.get("kind")) : null;
		}
		catch (IllegalArgumentException ex) {
			bad.put("kind", "actiondetails.error.required");
		}
		if (year != null && year != Math.rint(year)) {
			bad.put("year", "actiondetails.error.year");
		}
		throwIfAny(bad);
		return new BudgetLineData((year != null) ? year.intValue() : null, kind, planned, actual,
				form.get("fundingSource"));
	}

	@PostMapping("/budget/{lineId}")
	String updateBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId, @PathVariable long lineId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "budget", edited(form, lineId), redirect,
				() -> this.details.updateBudgetLine(actor, new SignatoryId(id), actionId, lineId, budgetLine(form)));
	}

	@PostMapping("/budget/{lineId}/delete")
	String deleteBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId, @PathVariable long lineId,
			RedirectAttributes redirect) {
		this.details.deleteBudgetLine(actor, new SignatoryId(id), actionId, lineId);
		return done(id, actionId, "budget", "actiondetails.deleted", redirect);
	}

	// Indicators

	@PostMapping("/indicators")
	String addIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "indicators", form, redirect, () -> {
			Map<String, String> bad = new LinkedHashMap<>();
			Double target = number(form.get("targetValue"), "targetValue", bad);
			throwIfAny(bad);
			return this.details.addIndicator(actor, new SignatoryId(id), actionId,
					new IndicatorData(form.get("name"), form.get("unit"), target));
		});
	}

	@PostMapping("/indicators/{indicatorId}")
	String updateIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "indicators", edited(form, indicatorId), redirect, () -> {
			Map<String, String> bad = new LinkedHashMap<>();
			Double target = number(form.get("targetValue"), "targetValue", bad);
			throwIfAny(bad);
			return this.details.updateIndicator(actor, new SignatoryId(id), actionId, indicatorId,
					new IndicatorData(form.get("name"), form.get("unit"), target));
		});
	}

	@PostMapping("/indicators/{indicatorId}/values")
	String addIndicatorValue(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Map<String, String> named = new LinkedHashMap<>(form);
		named.put("indicatorId", String.valueOf(indicatorId));
		return run(id, actionId, "indicators", named, redirect, () -> {
			Map<String, String> bad = new LinkedHashMap<>();
			LocalDate date = date(form.get("date"), "date", bad);
			Double value = number(form.get("value"), "value", bad);
			throwIfAny(bad);
			return this.details.addIndicatorValue(actor, new SignatoryId(id), actionId, indicatorId,
					new IndicatorValueData(date, value, form.get("note")));
		});
	}

	@PostMapping("/indicators/{indicatorId}/delete")
	String deleteIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, RedirectAttributes redirect) {
		this.details.deleteIndicator(actor, new SignatoryId(id), actionId, indicatorId);
		return done(id, actionId, "indicators", "actiondetails.deleted", redirect);
	}

	// Evidence

	@PostMapping("/evidence")
	String upload(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		return run(id, actionId, "evidence", Map.of(), redirect, () -> {
			try {
				return this.details.addEvidence(actor, new SignatoryId(id), actionId,
						(file != null) ? file.getOriginalFilename() : null,
						(file != null) ? file.getBytes() : new byte[0]);
			}
			catch (IOException ex) {
				throw new InvalidInput("file", "actiondetails.error.fileEmpty");
			}
		});
	}

	@GetMapping("/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long evidenceId) {
		EvidenceFile file = this.details.evidenceFile(actor, new SignatoryId(id), actionId, evidenceId);
		return ActionDetailApi.attachment(file);
	}

	@PostMapping("/evidence/{evidenceId}/delete")
	String deleteEvidence(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long evidenceId, RedirectAttributes redirect) {
		this.details.deleteEvidence(actor, new SignatoryId(id), actionId, evidenceId);
		return done(id, actionId, "evidence", "actiondetails.deleted", redirect);
	}

	// Comments

	@PostMapping("/comments")
	String addComment(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		return run(id, actionId, "comments", form, redirect,
				() -> this.details.addComment(actor, new SignatoryId(id), actionId, form.get("text")));
	}

	@PostMapping("/comments/{commentId}/delete")
	String deleteComment(Actor actor, @PathVariable long id, @PathVariable long actionId, @PathVariable long commentId,
			RedirectAttributes redirect) {
		this.details.deleteComment(actor, new SignatoryId(id), actionId, commentId);
		return done(id, actionId, "comments", "actiondetails.deleted", redirect);
	}

	// Helpers

	private String run(long id, long actionId, String section, Map<String, String> form, RedirectAttributes redirect,
			Supplier<Object> change) {
		try {
			change.get();
			return done(id, actionId, section, "actiondetails.saved", redirect);
		}
		catch (InvalidInput ex) {
			Locale locale = LocaleContextHolder.getLocale();
			Map<String, String> errors = new LinkedHashMap<>();
			for (InvalidInput.FieldViolation violation : ex.violations()) {
				errors.putIfAbsent(violation.field(),
						this.messages.getMessage(violation.code(), violation.arguments(), locale));
			}
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("errorForm", section);
			redirect.addFlashAttribute("form", form);
			return "redirect:/app/signatories/" + id + "/actions/" + actionId + "#" + section;
		}
	}

	private String done(long id, long actionId, String section, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flashSuccess",
				this.messages.getMessage(message, null, LocaleContextHolder.getLocale()));
		return "redirect:/app/signatories/" + id + "/actions/" + actionId + "#" + section;
	}

	/** The form of an edited row: its id tells the page which row's form came back. */
	private static Map<String, String> edited(Map<String, String> form, long rowId) {
		Map<String, String> named = new LinkedHashMap<>(form);
		named.put("editedId", String.valueOf(rowId));
		return named;
	}

	private static InvalidInput renamed(InvalidInput ex, String from, String to) {
		return new InvalidInput(ex.violations()
			.stream()
			.map((v) -> v.field().equals(from) ? new InvalidInput.FieldViolation(to, v.code(), v.arguments()) : v)
			.toList());
	}

	private static void throwIfAny(Map<String, String> bad) {
		if (!bad.isEmpty()) {
			throw new InvalidInput(bad.entrySet()
				.stream()
				.map((e) -> new InvalidInput.FieldViolation(e.getKey(), e.getValue()))
				.toList());
		}
	}

	private static LocalDate date(String text, String field, Map<String, String> bad) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException ex) {
			bad.put(field, "actiondetails.error.date");
			return null;
		}
	}

	/**
	 * A number as people type it in any of the languages: spaces as thousands separators,
	 * a comma or a point as the decimal mark (the last of both when both appear).
	 */
	static Double number(String text, String field, Map<String, String> bad) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String clean = text.trim().replaceAll("[\\s\\u00a0\\u202f']", "");
		int comma = clean.lastIndexOf(',');
		int point = clean.lastIndexOf('.');
		if (comma >= 0 && point >= 0) {
			clean = (comma > point) ? clean.replace(".", "").replace(',', '.') : clean.replace(",", "");
		}
		else if (comma >= 0) {
			clean = clean.replace(',', '.');
		}
		try {
			double value = Double.parseDouble(clean);
			if (!Double.isFinite(value) || !clean.matches("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
				throw new NumberFormatException(text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			bad.put(field, "actiondetails.error.number");
			return null;
		}
	}

}
