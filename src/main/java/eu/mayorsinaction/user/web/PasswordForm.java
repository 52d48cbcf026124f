package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A change of the person's own password: the current one, the new one and its
 * confirmation.
 */
record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(min = 12, max = 200) String newPassword,
		@NotBlank String confirmation) {

	static PasswordForm blank() {
		return new PasswordForm(null, null, null);
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

}
