package eu.mayorsinaction.user;

import java.util.UUID;

import eu.mayorsinaction.shared.Actor;

/**
 * Accounts for tests: every one with an email address of its own, since the tests share
 * one database.
 */
final class UserFixture {

	static final String PASSWORD = "correct horse battery";

	static final String DEMO_ADMIN = "admin@demo.mayorsinaction.eu";

	private UserFixture() {
	}

	static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.mayorsinaction.eu";
	}

	static NewUser person(String email) {
		return new NewUser(email, "Test person", "en", PASSWORD, false, null, null, null);
	}

	/** Registers a plain account without roles and returns its actor. */
	static Actor registered(UserManagement users, String email) {
		UserView view = users.register(person(email));
		return users.currentActor(view.id());
	}

	static MiaUser principal(UserManagement users, String email) {
		return (MiaUser) users.loadUserByUsername(email);
	}

}
