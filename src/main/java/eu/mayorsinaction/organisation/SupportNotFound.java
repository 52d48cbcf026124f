package eu.mayorsinaction.organisation;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such support relation for the organisation named.
 */
public class SupportNotFound extends NotFound {

	public SupportNotFound(long id) {
		super("organisation.supportNotFound", id);
	}

}
