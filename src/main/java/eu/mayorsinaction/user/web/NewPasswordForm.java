package eu.mayorsinaction.user.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set through a reset link, twice. */
record NewPasswordForm(@NotBlank @Size(min = 12, max = 200) String newPassword, @NotBlank String confirmation) {

	static NewPasswordForm blank() {
		return new NewPasswordForm(null, null);
	}

	boolean confirmed() {
		return this.newPassword != null && this.newPassword.equals(this.confirmation);
	}

}
