package eu.mayorsinaction.actionplan.web;

import jakarta.servlet.http.HttpServletResponse;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.DeletionScope;
import eu.mayorsinaction.actionplan.PlanHasSubmittedEdition;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;

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
 * Deleting an action or a plan from the pages: a confirmation page naming what goes with
 * it, then a post that carries the version read. When the action or plan changed since,
 * nothing is deleted and the page comes back with its current state; a plan with an
 * edition submitted to the Covenant is never deleted. Only people who may edit the
 * signatory get here (others 403, another tenant's signatory 404).
 */
@Controller
@RequestMapping("/app/signatories/{id}")
class DeletionPages {

	static final String ACTION = "actionplan/delete-action";

	static final String PLAN = "actionplan/delete-plan";

	private final ActionPlanManagement plans;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	DeletionPages(ActionPlanManagement plans, OrganisationManagement organisations, MessageSource messages) {
		this.plans = plans;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/actions/{actionId:\\d+}/delete")
	String confirmAction(Actor actor, @PathVariable long id, @PathVariable long actionId, Model model) {
		return actionPage(actor, id, actionId, model);
	}

	@PostMapping("/actions/{actionId:\\d+}/delete")
	String deleteAction(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SignatoryId signatory = new SignatoryId(id);
		// access (404, 403) and that the action is there before anything else
		ActionView action = this.plans.action(actor, signatory, actionId);
		requireEditor(actor, signatory);
		Integer read = version(version);
		try {
			if (read == null) {
				// the page always sends the version read: without it nothing is deleted
				throw new EditConflict();
			}
			this.plans.deleteAction(actor, signatory, actionId, read);
		}
		catch (EditConflict ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("changedMeanwhile", true);
			return actionPage(actor, id, actionId, model);
		}
		redirect.addFlashAttribute("flashSuccess", message("planpages.delete.action.done", action.title()));
		return "redirect:/app/signatories/" + id + "/actions";
	}

	@GetMapping("/plans/{planId:\\d+}/delete")
	String confirmPlan(Actor actor, @PathVariable long id, @PathVariable long planId, Model model) {
		return planPage(actor, id, planId, model);
	}

	@PostMapping("/plans/{planId:\\d+}/delete")
	String deletePlan(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String version, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SignatoryId signatory = new SignatoryId(id);
		PlanView plan = this.plans.plan(actor, signatory, planId);
		requireEditor(actor, signatory);
		Integer read = version(version);
		try {
			if (read == null) {
				throw new EditConflict();
			}
			this.plans.deletePlan(actor, signatory, planId, read);
		}
		catch (EditConflict ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("changedMeanwhile", true);
			return planPage(actor, id, planId, model);
		}
		catch (PlanHasSubmittedEdition ex) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			model.addAttribute("refusal", message(ex.code(), ex.arguments()));
			return planPage(actor, id, planId, model);
		}
		redirect.addFlashAttribute("flashSuccess", message("planpages.delete.plan.done", plan.title()));
		return "redirect:/app/signatories/" + id + "/plans";
	}

	private String actionPage(Actor actor, long id, long actionId, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		DeletionScope scope = this.plans.actionDeletion(actor, signatory, actionId);
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		ActionView action = this.plans.action(actor, signatory, actionId);
		model.addAttribute("signatory", view);
		model.addAttribute("action", action);
		model.addAttribute("plan", this.plans.plan(actor, signatory, action.planId()));
		model.addAttribute("scope", scope);
		model.addAttribute("reduction", this.plans.actionReductions(actor, signatory, action.planId()).get(actionId));
		return ACTION;
	}

	private String planPage(Actor actor, long id, long planId, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		DeletionScope scope = this.plans.planDeletion(actor, signatory, planId);
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		model.addAttribute("signatory", view);
		model.addAttribute("plan", this.plans.plan(actor, signatory, planId));
		model.addAttribute("actions", this.plans.actions(actor, signatory, planId, null, null));
		model.addAttribute("scope", scope);
		if (scope.submittedEditions() > 0 && !model.containsAttribute("refusal")) {
			model.addAttribute("refusal", message("planpages.delete.planSubmitted", scope.lastSubmittedEdition()));
		}
		return PLAN;
	}

	/**
	 * A viewer's post is refused before anything else (the counts of the confirmation
	 * page are only worth reading for the page).
	 */
	private void requireEditor(Actor actor, SignatoryId signatory) {
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
	}

	private static Integer version(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, (arguments.length == 0) ? null : arguments, code,
				LocaleContextHolder.getLocale());
	}

}
