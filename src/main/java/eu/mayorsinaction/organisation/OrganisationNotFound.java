package eu.mayorsinaction.organisation;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such organisation, or one the person may not see.
 */
public class OrganisationNotFound extends NotFound {

	public OrganisationNotFound(long id) {
		super("organisation.organisationNotFound", id);
	}

}
