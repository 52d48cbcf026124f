package eu.mayorsinaction.user.web;

import eu.mayorsinaction.shared.Languages;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;

/**
 * The "new account" form as the browser posts it. Both target selects are posted; the
 * role decides which one counts. A mutable bean rather than a record: an unchecked box
 * sends nothing, and a value that cannot be converted stays in the form with its error
 * instead of losing the whole form.
 */
public class NewAccountForm {

	private String email;

	private String displayName;

	private String preferredLanguage = Languages.DEFAULT;

	private String password;

	private boolean platformAdmin;

	private Role role;

	private Long organisationId;

	private Long signatoryId;

	NewUser toNewUser() {
		Long organisation = (this.role != null && this.role.onOrganisation()) ? this.organisationId : null;
		Long signatory = (this.role != null && !this.role.onOrganisation()) ? this.signatoryId : null;
		return new NewUser(trim(this.email), trim(this.displayName), this.preferredLanguage, this.password,
				this.platformAdmin, this.role, organisation, signatory);
	}

	/** The select whose choice the role needs. */
	String targetField() {
		return (this.role != null && this.role.onOrganisation()) ? "organisationId" : "signatoryId";
	}

	private static String trim(String value) {
		return (value != null) ? value.strip() : null;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public void setPreferredLanguage(String preferredLanguage) {
		this.preferredLanguage = preferredLanguage;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public boolean isPlatformAdmin() {
		return this.platformAdmin;
	}

	public void setPlatformAdmin(boolean platformAdmin) {
		this.platformAdmin = platformAdmin;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public Long getSignatoryId() {
		return this.signatoryId;
	}

	public void setSignatoryId(Long signatoryId) {
		this.signatoryId = signatoryId;
	}

}
