package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an invited person enters to activate their account: their name and a password,
 * twice.
 */
record AcceptInvitationForm(@NotBlank @Size(max = 200) String displayName,
		@NotBlank @Size(min = 12, max = 200) String password, @NotBlank String confirmation) {

	static AcceptInvitationForm blank() {
		return new AcceptInvitationForm(null, null, null);
	}

	boolean confirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

}
