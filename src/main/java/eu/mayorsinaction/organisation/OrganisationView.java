package eu.mayorsinaction.organisation;

/**
 * A coordinator or supporter as pages and the API show it.
 */
public record OrganisationView(long id, OrganisationKind kind, String name, String country, String territory,
		String contactName, String contactEmail, String website, int version) {

	public OrganisationData toData() {
		return new OrganisationData(kind, name, country, territory, contactName, contactEmail, website, version);
	}

}
