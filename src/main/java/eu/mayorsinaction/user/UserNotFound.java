package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such account.
 */
public class UserNotFound extends NotFound {

	public UserNotFound(long id) {
		super("user.userNotFound", id);
	}

}
