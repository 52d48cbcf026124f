package eu.mayorsinaction.actionplan.web;

import java.util.List;

import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/signatories/{id}/actions")
@Tag(name = "Action plans")
class PlanActionApi {

	private final ActionPlanManagement plans;

	PlanActionApi(ActionPlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "The signatory's actions, optionally of one plan, field of action and status")
	List<ActionView> actions(Actor actor, @PathVariable long id, @RequestParam(required = false) Long plan,
			@RequestParam(required = false) FieldOfAction field, @RequestParam(required = false) ActionStatus status) {
		return this.plans.actions(actor, new SignatoryId(id), plan, field, status);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store an action of a plan",
			description = "Energy MWh/a, costs EUR, CO2 t/a. Bad input (end before start, a negative figure, an "
					+ "unknown field code or plan) answers 400 naming the fields and stores nothing.")
	ActionView create(Actor actor, @PathVariable long id, @RequestBody ActionData action) {
		return this.plans.createAction(actor, new SignatoryId(id), action);
	}

	/** A bulk status change: the status and the actions with the version read. */
	record StatusChange(ActionStatus status, List<ActionRead> actions) {

		record ActionRead(Long id, Integer version) {
		}

	}

	@PostMapping("/status")
	@Operation(summary = "Set the status of several actions at once",
			description = "All or nothing: when any action's version is not the one sent (someone changed it), "
					+ "nothing changes and 409 lists the actions at fault.")
	List<ActionView> updateStatuses(Actor actor, @PathVariable long id, @RequestBody StatusChange change) {
		java.util.Map<Long, Integer> read = new java.util.LinkedHashMap<>();
		if (change.actions() != null) {
			for (StatusChange.ActionRead action : change.actions()) {
				if (action != null && action.id() != null) {
					read.put(action.id(), action.version());
				}
			}
		}
		return this.plans.updateStatuses(actor, new SignatoryId(id), read, change.status());
	}

	@GetMapping("/{actionId}")
	@Operation(summary = "One action")
	ActionView action(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.plans.action(actor, new SignatoryId(id), actionId);
	}

	@PutMapping("/{actionId}")
	@Operation(summary = "Replace an action",
			description = "The version read must be sent: another version answers 409.")
	ActionView update(Actor actor, @PathVariable long id, @PathVariable long actionId, @RequestBody ActionData action) {
		return this.plans.updateAction(actor, new SignatoryId(id), actionId, action);
	}

	@DeleteMapping("/{actionId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an action")
	void delete(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		this.plans.deleteAction(actor, new SignatoryId(id), actionId);
	}

}
