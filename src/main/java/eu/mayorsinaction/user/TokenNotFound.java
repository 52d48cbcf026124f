package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such token among the person's own.
 */
public class TokenNotFound extends NotFound {

	public TokenNotFound(long id) {
		super("user.tokenNotFound", id);
	}

}
