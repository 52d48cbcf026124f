package eu.mayorsinaction.user;

import eu.mayorsinaction.shared.BusinessException;

/**
 * An account cannot be deleted or erased: it is the last enabled platform administrator,
 * or an administrator tried to erase their own account (they delete it instead).
 */
public class AccountRemovalRefused extends BusinessException {

	static final String LAST_ADMIN = "privacy.lastAdmin";

	static final String ERASE_SELF = "privacy.eraseSelf";

	AccountRemovalRefused(String code) {
		super(code, 409);
	}

}
