package eu.mayorsinaction.organisation;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such signatory, or one the person may not see.
 */
public class SignatoryNotFound extends NotFound {

	public SignatoryNotFound(long id) {
		super("organisation.signatoryNotFound", id);
	}

}
