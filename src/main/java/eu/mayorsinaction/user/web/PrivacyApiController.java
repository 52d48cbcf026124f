package eu.mayorsinaction.user.web;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.PersonalData;
import eu.mayorsinaction.user.PrivacyManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The calling person's personal data, for their right of access and portability.
 */
@RestController
@Tag(name = "Me", description = "The calling person's account, roles and personal API tokens")
class PrivacyApiController {

	private final PrivacyManagement privacy;

	PrivacyApiController(PrivacyManagement privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/api/v1/me/data")
	@Operation(summary = "Everything the platform stores about the caller",
			description = "Account, roles, API tokens (names and dates, never secrets or hashes), invitations,"
					+ " password reset requests (dates only) and the audit trail of the caller's own actions and"
					+ " of their account.")
	PersonalData data(@Parameter(hidden = true) Actor actor) {
		return this.privacy.exportPersonalData(actor);
	}

}
