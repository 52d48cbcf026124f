package eu.mayorsinaction.user;

/**
 * A role a person holds on one organisation or on one signatory. Platform admin is a flag
 * on the account.
 */
public enum Role {

	ORGANISATION_ADMIN(true, true), ORGANISATION_STAFF(true, true), SIGNATORY_EDITOR(false, true),
	SIGNATORY_VIEWER(false, false);

	private final boolean onOrganisation;

	private final boolean mayEdit;

	Role(boolean onOrganisation, boolean mayEdit) {
		this.onOrganisation = onOrganisation;
		this.mayEdit = mayEdit;
	}

	public boolean onOrganisation() {
		return this.onOrganisation;
	}

	public boolean mayEdit() {
		return this.mayEdit;
	}

}
