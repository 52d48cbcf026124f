package eu.mayorsinaction.actionplan.web;

import java.util.List;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;
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
@RequestMapping("/api/v1/signatories/{id}/plans")
@Tag(name = "Action plans")
class ActionPlanApi {

	private final ActionPlanManagement plans;

	ActionPlanApi(ActionPlanManagement plans) {
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "The signatory's action plans (SEAP/SECAP)")
	List<PlanView> plans(Actor actor, @PathVariable long id) {
		return this.plans.plans(actor, new SignatoryId(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store a plan",
			description = "Bad input answers 400 naming the fields; a viewer 403; another tenant's signatory 404.")
	PlanView create(Actor actor, @PathVariable long id, @RequestBody PlanData plan) {
		return this.plans.createPlan(actor, new SignatoryId(id), plan);
	}

	@GetMapping("/{planId}")
	@Operation(summary = "One plan")
	PlanView plan(Actor actor, @PathVariable long id, @PathVariable long planId) {
		return this.plans.plan(actor, new SignatoryId(id), planId);
	}

	@PutMapping("/{planId}")
	@Operation(summary = "Replace a plan", description = "The version read must be sent: another version answers 409.")
	PlanView update(Actor actor, @PathVariable long id, @PathVariable long planId, @RequestBody PlanData plan) {
		return this.plans.updatePlan(actor, new SignatoryId(id), planId, plan);
	}

	@DeleteMapping("/{planId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a plan with its actions",
			description = "A plan with an edition submitted to the Covenant is not deleted: 409 "
					+ "(code planpages.delete.planSubmitted). Monitoring reports that name the plan are kept.")
	void delete(Actor actor, @PathVariable long id, @PathVariable long planId) {
		this.plans.deletePlan(actor, new SignatoryId(id), planId);
	}

	@GetMapping("/{planId}/target")
	@Operation(summary = "The plan against its target [t CO2/a]",
			description = "Reduction needed (absolute: BEI total × p; per capita: BEI total − BEI per capita × (1 − p) "
					+ "× population, the projected population when given, else the BEI's), expected reduction of the "
					+ "actions not cancelled, gap, share by field of action and key sectors covered. 409 names what "
					+ "is missing (no BEI, BEI not computed, no commitment, a factor).")
	PlanTargetView target(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) Long population) {
		return this.plans.target(actor, new SignatoryId(id), planId, population);
	}

}
