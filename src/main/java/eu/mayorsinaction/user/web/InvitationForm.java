package eu.mayorsinaction.user.web;

import eu.mayorsinaction.user.NewInvitation;
import eu.mayorsinaction.user.Role;

/**
 * The "invite a person" form as the browser posts it; the role decides whether the
 * organisation or the signatory counts. A mutable bean so that a value that cannot be
 * converted stays in the form with its error.
 */
public class InvitationForm {

	private String email;

	private String language;

	private Role role;

	private Long organisationId;

	private Long signatoryId;

	/** For an organisation's own page: organisation roles are always on that one. */
	NewInvitation toRequest(Long viaOrganisationId) {
		Long organisation = (this.role != null && this.role.onOrganisation())
				? ((viaOrganisationId != null) ? viaOrganisationId : this.organisationId) : null;
		Long signatory = (this.role != null && !this.role.onOrganisation()) ? this.signatoryId : null;
		return new NewInvitation((this.email != null) ? this.email.strip() : null, this.language, this.role,
				organisation, signatory, viaOrganisationId);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
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
