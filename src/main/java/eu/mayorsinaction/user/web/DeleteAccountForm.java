package eu.mayorsinaction.user.web;

/**
 * Deleting one's own account: the current password and an explicit confirmation.
 */
record DeleteAccountForm(String currentPassword, Boolean confirmed) {

	static DeleteAccountForm blank() {
		return new DeleteAccountForm(null, false);
	}

	boolean isConfirmed() {
		return Boolean.TRUE.equals(this.confirmed);
	}

}
