package eu.mayorsinaction.actionplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanTargetUnavailable;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.actionplan.calculation.PlanTarget;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import tools.jackson.databind.json.JsonMapper;

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
 * Pages for a signatory's action plans: the list, the plan form (with the conflict screen
 * when someone saved the plan meanwhile) and the plan page with the plan measured against
 * its target and the plan's actions.
 */
@Controller
@RequestMapping("/app/signatories/{id}/plans")
class ActionPlanPages {

	static final String LIST = "actionplan/plans";

	static final String DETAIL = "actionplan/plan";

	static final String FORM = "actionplan/plan-form";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ActionPlanManagement plans;

	private final PlanVersions versions;

	private final OrganisationManagement organisations;

	private final InventoryManagement inventories;

	private final MessageSource messages;

	ActionPlanPages(ActionPlanManagement plans, OrganisationManagement organisations, InventoryManagement inventories,
			PlanVersions versions, MessageSource messages) {
		this.plans = plans;
		this.versions = versions;
		this.organisations = organisations;
		this.inventories = inventories;
		this.messages = messages;
	}

	/** A listed plan with the year of its BEI (when one is linked). */
	record Listed(PlanView plan, Integer beiYear) {
	}

	/** One main field's part of the expected reduction [t/a] and share (0–1). */
	record Share(String mainField, String label, double tonnes, double share) {
	}

	@GetMapping
	String list(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		Map<Long, Integer> beiYears = beiYears(actor, signatoryId);
		List<Listed> listed = new ArrayList<>();
		for (PlanView plan : this.plans.plans(actor, signatoryId)) {
			listed.add(new Listed(plan, (plan.beiInventoryId() != null) ? beiYears.get(plan.beiInventoryId()) : null));
		}
		model.addAttribute("signatory", signatory);
		model.addAttribute("plans", listed);
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatoryId));
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Actor actor, @PathVariable long id, Model model) {
		SignatoryView signatory = editable(actor, id);
		return form(actor, model, signatory, null, PlanForm.blank(), Map.of(), null);
	}

	@PostMapping("/new")
	String create(Actor actor, @PathVariable long id, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		return save(actor, signatory, null, PlanForm.read(request.getParameterMap()), model, redirect);
	}

	@GetMapping("/{planId:\\d+}/edit")
	String editForm(Actor actor, @PathVariable long id, @PathVariable long planId, Model model) {
		SignatoryView signatory = editable(actor, id);
		PlanView plan = this.plans.plan(actor, new SignatoryId(id), planId);
		return form(actor, model, signatory, plan, PlanForm.of(plan), Map.of(), null);
	}

	@PostMapping("/{planId:\\d+}/edit")
	String edit(Actor actor, @PathVariable long id, @PathVariable long planId, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		this.plans.plan(actor, new SignatoryId(id), planId);
		return save(actor, signatory, planId, PlanForm.read(request.getParameterMap()), model, redirect);
	}

	@GetMapping("/{planId:\\d+}")
	String detail(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String population, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		PlanView plan = this.plans.plan(actor, signatoryId, planId);
		PlanPagesText text = text();
		model.addAttribute("signatory", signatory);
		model.addAttribute("plan", plan);
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatoryId));
		model.addAttribute("numbers", text.numbers());
		model.addAttribute("commitment", commitment(actor, signatoryId, plan));
		Integer beiYear = (plan.beiInventoryId() != null) ? beiYears(actor, signatoryId).get(plan.beiInventoryId())
				: null;
		model.addAttribute("beiYear", beiYear);
		Map<String, String> errors = new LinkedHashMap<>();
		Long projected = text.wholeNumber("population", population, errors);
		model.addAttribute("population", (population != null) ? population : "");
		if (projected == null && !errors.isEmpty()) {
			model.addAttribute("populationError", errors.get("population"));
		}
		else {
			try {
				PlanTargetView target = this.plans.target(actor, signatoryId, planId, projected);
				model.addAttribute("target", target);
				model.addAttribute("shares", shares(target, text));
				model.addAttribute("chart", chart(target, text));
				model.addAttribute("keySectors", PlanTarget.KeySector.values());
				model.addAttribute("keySectorsRequired", PlanTarget.KEY_SECTORS_REQUIRED);
			}
			catch (PlanTargetUnavailable ex) {
				model.addAttribute("unavailable", text.message(ex.code(), ex.arguments()));
				model.addAttribute("unavailableReason", ex.code().substring(ex.code().lastIndexOf('.') + 1));
			}
			catch (InvalidInput ex) {
				model.addAttribute("populationError", text.message("actionplan.error.negative"));
			}
		}
		List<ActionView> actions = this.plans.actions(actor, signatoryId, planId, null, null);
		model.addAttribute("actions", actions);
		model.addAttribute("reductions", this.plans.expectedReductions(actor, signatoryId));
		model.addAttribute("versionPanel", this.versions.panel(actor, signatoryId, planId));
		return DETAIL;
	}

	private String save(Actor actor, SignatoryView signatory, Long planId, PlanForm form, Model model,
			RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(signatory.id());
		PlanPagesText text = text();
		Map<String, String> errors = new LinkedHashMap<>();
		PlanData data = form.parse(text, errors);
		PlanView stored = (planId != null) ? this.plans.plan(actor, signatoryId, planId) : null;
		if (!errors.isEmpty()) {
			return form(actor, model, signatory, stored, form, errors, null);
		}
		try {
			PlanView saved = (planId == null) ? this.plans.createPlan(actor, signatoryId, data)
					: this.plans.updatePlan(actor, signatoryId, planId, data);
			redirect.addFlashAttribute("flashSuccess", text.message("planpages.plan.saved", saved.title()));
			return "redirect:/app/signatories/" + signatory.id() + "/plans/" + saved.id();
		}
		catch (InvalidInput ex) {
			PlanPagesForms.addViolations(ex, text, errors);
			return form(actor, model, signatory, stored, form, errors, null);
		}
		catch (EditConflict ex) {
			// The person's input stays in the form (with the version now stored, so that
			// saving again puts it over the other change); what is stored is shown
			// beside.
			PlanView current = this.plans.plan(actor, signatoryId, planId);
			return form(actor, model, signatory, current, form.withVersion(current.version()), errors, current);
		}
	}

	private String form(Actor actor, Model model, SignatoryView signatory, PlanView stored, PlanForm form,
			Map<String, String> errors, PlanView conflict) {
		SignatoryId signatoryId = new SignatoryId(signatory.id());
		PlanPagesText text = text();
		List<CommitmentView> commitments = this.organisations.commitments(actor, signatoryId);
		List<InventorySummary> beis = this.inventories.inventories(actor, signatoryId)
			.stream()
			.filter((s) -> s.type() == InventoryType.BEI)
			.toList();
		Map<String, String> labels = labels(text);
		model.addAttribute("signatory", signatory);
		model.addAttribute("stored", stored);
		model.addAttribute("form", form);
		model.addAttribute("errors", PlanPagesForms.errorsById(errors));
		model.addAttribute("summary", PlanPagesForms.summary(errors, labels));
		model.addAttribute("kinds", PlanKind.values());
		model.addAttribute("statuses", PlanStatus.values());
		model.addAttribute("commitments", commitments);
		model.addAttribute("beis", beis);
		if (conflict != null) {
			PlanForm now = PlanForm.of(conflict);
			List<PlanPagesForms.Difference> differences = new ArrayList<>();
			for (String field : PlanForm.FIELDS) {
				String storedValue = shown(field, now.value(field), text, commitments, beis);
				String mine = shown(field, form.value(field), text, commitments, beis);
				differences.add(new PlanPagesForms.Difference(field, labels.get(field), storedValue, mine,
						!Objects.equals(now.value(field).strip(), form.value(field).strip())));
			}
			model.addAttribute("conflict", differences);
		}
		return FORM;
	}

	/** A value of the plan form as people read it: names for codes and ids. */
	private static String shown(String field, String value, PlanPagesText text, List<CommitmentView> commitments,
			List<InventorySummary> beis) {
		if (value == null || value.isBlank()) {
			return "–";
		}
		switch (field) {
			case "kind":
				return text.message("planpages.kind." + value);
			case "status":
				return text.message("planpages.planStatus." + value);
			case "commitmentId":
				return commitments.stream()
					.filter((c) -> String.valueOf(c.id()).equals(value))
					.findFirst()
					.map((c) -> commitmentLabel(c, text))
					.orElse(value);
			case "beiInventoryId":
				return beis.stream()
					.filter((b) -> String.valueOf(b.id()).equals(value))
					.findFirst()
					.map((b) -> "BEI " + b.year())
					.orElse(value);
			case "approvalDate":
				return text.date(value);
			default:
				return value;
		}
	}

	static String commitmentLabel(CommitmentView commitment, PlanPagesText text) {
		return text.message("planpages.commitment.option", commitment.framework().name(),
				text.numbers().format(commitment.targetPercent(), 2), String.valueOf(commitment.targetYear()),
				text.message("planpages.targetKind." + commitment.targetKind().name()));
	}

	static Map<String, String> labels(PlanPagesText text) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : PlanForm.FIELDS) {
			labels.put(field, text.message("planpages.plan." + field));
		}
		return labels;
	}

	private CommitmentView commitment(Actor actor, SignatoryId signatory, PlanView plan) {
		if (plan.commitmentId() == null) {
			return null;
		}
		return this.organisations.commitments(actor, signatory)
			.stream()
			.filter((c) -> c.id() == plan.commitmentId())
			.findFirst()
			.orElse(null);
	}

	private Map<Long, Integer> beiYears(Actor actor, SignatoryId signatory) {
		Map<Long, Integer> years = new LinkedHashMap<>();
		for (InventorySummary summary : this.inventories.inventories(actor, signatory)) {
			years.put(summary.id(), summary.year());
		}
		return years;
	}

	private static List<Share> shares(PlanTargetView target, PlanPagesText text) {
		List<Share> shares = new ArrayList<>();
		target.shareByField()
			.forEach((main, share) -> shares.add(new Share(main, text.message("planpages.field." + main),
					share * target.expectedReduction(), share)));
		return shares;
	}

	private static String chart(PlanTargetView target, PlanPagesText text) {
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("locale", text.locale().toLanguageTag());
		chart.put("unit", text.message("planpages.unit.tco2"));
		chart.put("label", text.message("planpages.target.expectedByField"));
		List<String> labels = new ArrayList<>();
		List<Double> values = new ArrayList<>();
		for (Share share : shares(target, text)) {
			labels.add(share.mainField() + " " + share.label());
			values.add(share.tonnes());
		}
		chart.put("labels", labels);
		chart.put("values", values);
		return JSON.writeValueAsString(chart);
	}

	private SignatoryView editable(Actor actor, long id) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		return signatory;
	}

	private PlanPagesText text() {
		return new PlanPagesText(this.messages, LocaleContextHolder.getLocale());
	}

	static List<FieldOfAction> subFields(String mainField) {
		return java.util.Arrays.stream(FieldOfAction.values()).filter((f) -> f.mainField().equals(mainField)).toList();
	}

}
