package eu.mayorsinaction.actionplan.web;

import java.util.List;

import eu.mayorsinaction.actionplan.ActionCodeData;
import eu.mayorsinaction.actionplan.ActionCodeList;
import eu.mayorsinaction.actionplan.ActionCodeView;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The code lists of actions (policy instrument, origin): read by anybody signed in,
 * changed by the platform admin.
 */
@RestController
@RequestMapping("/api/v1/action-codes")
@Tag(name = "Action details")
class ActionCodeApi {

	private final ActionDetails details;

	ActionCodeApi(ActionDetails details) {
		this.details = details;
	}

	@GetMapping
	@Operation(summary = "One code list, inactive entries included",
			description = "A seeded entry has no label: its label is the message labelKey.")
	List<ActionCodeView> codes(Actor actor, @RequestParam ActionCodeList list) {
		return this.details.codes(actor, list);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an entry (platform admin)",
			description = "code: upper-case letters, digits, underscores; label as it is to be shown.")
	ActionCodeView add(Actor actor, @RequestBody ActionCodeData data) {
		return this.details.addCode(actor, data);
	}

	@PutMapping("/{codeId}")
	@Operation(summary = "Rename an entry or (de)activate it (platform admin)")
	ActionCodeView update(Actor actor, @PathVariable long codeId, @RequestBody ActionCodeData data) {
		return this.details.updateCode(actor, codeId, data);
	}

}
