package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.BusinessException;

/**
 * An invitation or password reset link that does not exist, has expired, was used already
 * or was revoked. All four answer the same, so that a link reveals nothing.
 */
public class LinkNotValid extends BusinessException {

	public LinkNotValid() {
		super("user.linkNotValid", 410);
	}

}
