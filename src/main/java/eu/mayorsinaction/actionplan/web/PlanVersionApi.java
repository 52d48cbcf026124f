package eu.mayorsinaction.actionplan.web;

import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.actionplan.PlanComparison;
import eu.mayorsinaction.actionplan.PlanVersionSummary;
import eu.mayorsinaction.actionplan.PlanVersionView;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/signatories/{id}/plans/{planId}")
@Tag(name = "Action plans")
class PlanVersionApi {

	private final PlanVersions versions;

	PlanVersionApi(PlanVersions versions) {
		this.versions = versions;
	}

	@PostMapping("/submit")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit the plan to the Covenant",
			description = "Freezes the current edition (plan, actions with savings by carrier, target figures) as an "
					+ "immutable snapshot and sets the status SUBMITTED_TO_COVENANT. The plan version read must be "
					+ "sent (another answers 409). 400 names the field: no submission date, one in the future or "
					+ "before the council approval, or no council approval date on the plan. Submitting the same "
					+ "edition twice answers 409.")
	PlanVersionView submit(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestBody SubmitRequest request) {
		return this.versions.submit(actor, new SignatoryId(id), planId, request.submittedOn(), request.version());
	}

	@GetMapping("/versions")
	@Operation(summary = "The submitted editions of the plan",
			description = "Totals of the actions not cancelled: savings and renewable production MWh/a, estimated "
					+ "cost EUR, expected reduction t CO2/a (null when the target figures could not be computed).")
	List<PlanVersionSummary> versions(Actor actor, @PathVariable long id, @PathVariable long planId) {
		return this.versions.versions(actor, new SignatoryId(id), planId);
	}

	@GetMapping("/versions/{edition}")
	@Operation(summary = "One submitted edition with its frozen content")
	PlanVersionView version(Actor actor, @PathVariable long id, @PathVariable long planId, @PathVariable int edition) {
		return this.versions.version(actor, new SignatoryId(id), planId, edition);
	}

	@RequestMapping(path = "/versions/{edition}",
			method = { RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE })
	@Operation(summary = "A submitted edition is frozen: always 409",
			description = "Answers 409 (planversions.error.frozen) and changes nothing; 403 for a viewer, 404 for "
					+ "another tenant or an unknown edition.")
	void change(Actor actor, @PathVariable long id, @PathVariable long planId, @PathVariable int edition) {
		this.versions.refuseChange(actor, new SignatoryId(id), planId, edition);
	}

	@GetMapping("/compare")
	@Operation(summary = "Two editions side by side",
			description = "from and to: an edition number or 'current' (the living plan; to defaults to it). "
					+ "Plan fields that differ, actions added, removed and changed (matched by id, old and new value "
					+ "of each field), and the target figures of both sides. An unknown edition answers 400 naming "
					+ "the parameter.")
	PlanComparison compare(Actor actor, @PathVariable long id, @PathVariable long planId,
			@RequestParam(required = false) String from,
			@RequestParam(required = false, defaultValue = PlanVersions.CURRENT) String to) {
		return this.versions.compare(actor, new SignatoryId(id), planId, from, to);
	}

	/** The date of the submission and the plan version read. */
	record SubmitRequest(LocalDate submittedOn, Integer version) {
	}

}
