package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.InvalidInput;

/**
 * An account with that e-mail address exists already.
 */
public class EmailAlreadyUsed extends InvalidInput {

	public EmailAlreadyUsed() {
		super("email", "user.emailAlreadyUsed");
	}

}
