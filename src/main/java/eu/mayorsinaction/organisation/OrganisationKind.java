package eu.mayorsinaction.organisation;

/**
 * Covenant Coordinators are public authorities (provinces, regions, metropolitan cities);
 * Covenant Supporters are agencies and networks.
 */
public enum OrganisationKind {

	COORDINATOR, SUPPORTER

}
