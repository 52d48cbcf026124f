package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.Languages;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An account an admin creates, with one first role on an organisation or a signatory.
 */
public record NewUser(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
		@NotBlank String preferredLanguage, @NotBlank @Size(min = 12, max = 200) String password, boolean platformAdmin,
		Role role, Long organisationId, Long signatoryId) {

	@AssertTrue(message = "{validation.language}")
	public boolean isLanguageSupported() {
		return preferredLanguage == null || Languages.isSupported(preferredLanguage);
	}

	public static NewUser blank() {
		return new NewUser(null, null, "en", null, false, null, null, null);
	}

	/** The role's target must match its kind. */
	@AssertTrue(message = "{user.roleTargetMismatch}")
	public boolean isRoleTargetConsistent() {
		if (role == null) {
			return organisationId == null && signatoryId == null;
		}
		return role.onOrganisation() ? (organisationId != null && signatoryId == null)
				: (signatoryId != null && organisationId == null);
	}

	@NotNull
	String normalisedEmail() {
		return AppUser.normaliseEmail(email);
	}

}
