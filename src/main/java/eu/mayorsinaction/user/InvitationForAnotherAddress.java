package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.BusinessException;

/**
 * The person signed in is not the one the invitation was sent to.
 */
public class InvitationForAnotherAddress extends BusinessException {

	public InvitationForAnotherAddress() {
		super("user.invitation.otherAddress", 403);
	}

}
