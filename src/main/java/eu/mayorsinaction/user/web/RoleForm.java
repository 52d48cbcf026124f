package eu.mayorsinaction.user.web;

import eu.mayorsinaction.user.Role;

/**
 * A role to give an account, with both target selects; the role decides which one counts.
 * A mutable bean so that a value that cannot be converted stays in the form with its
 * error.
 */
public class RoleForm {

	private Role role;

	private Long organisationId;

	private Long signatoryId;

	/**
	 * The organisation or signatory the role is on, or {@code null} if none was chosen.
	 */
	Long target() {
		if (this.role == null) {
			return null;
		}
		return this.role.onOrganisation() ? this.organisationId : this.signatoryId;
	}

	/** The select whose choice the role needs. */
	String targetField() {
		return (this.role != null && this.role.onOrganisation()) ? "organisationId" : "signatoryId";
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
