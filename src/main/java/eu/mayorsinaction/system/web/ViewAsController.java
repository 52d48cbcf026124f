package eu.mayorsinaction.system.web;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.system.CurrentActor;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A coordinator's or supporter's staff (or a platform admin) sees the platform as one
 * signatory they may see, and comes back: both steps are recorded in the audit trail.
 */
@Controller
@RequestMapping("/app/view-as")
class ViewAsController {

	private final CurrentActor currentActor;

	private final OrganisationManagement organisations;

	ViewAsController(CurrentActor currentActor, OrganisationManagement organisations) {
		this.currentActor = currentActor;
		this.organisations = organisations;
	}

	@PostMapping("/{signatoryId}")
	String start(@PathVariable long signatoryId) {
		Actor own = this.currentActor.own();
		// A signatory the person may not see answers 404, as everywhere.
		SignatoryView signatory = this.organisations.getSignatory(own, new SignatoryId(signatoryId));
		if (!CurrentActor.mayViewAs(own)) {
			throw new Forbidden();
		}
		this.currentActor.startViewingAs(own, signatory);
		return "redirect:/app";
	}

	@PostMapping("/stop")
	String stop() {
		return this.currentActor.stopViewingAs(this.currentActor.own())
			.map((id) -> "redirect:/app/signatories/" + id)
			.orElse("redirect:/app");
	}

}
