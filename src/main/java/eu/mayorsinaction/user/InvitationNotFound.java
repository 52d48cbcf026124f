package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such invitation among those the person manages.
 */
public class InvitationNotFound extends NotFound {

	public InvitationNotFound(long id) {
		super("user.invitationNotFound", id);
	}

}
