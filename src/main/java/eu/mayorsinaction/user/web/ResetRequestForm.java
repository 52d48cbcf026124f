package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a person asks a password reset link for. */
record ResetRequestForm(@NotBlank @Email @Size(max = 254) String email) {

	static ResetRequestForm blank() {
		return new ResetRequestForm(null);
	}

}
