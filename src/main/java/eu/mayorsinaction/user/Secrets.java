package eu.mayorsinaction.user;

import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets for links and tokens: 32 bytes, base64url without padding. */
final class Secrets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	static String random() {
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
	}

	/** The SHA-256 of a secret as stored: only the hash is ever kept. */
	static String hash(String secret) {
		return UserManagement.hash(secret);
	}

}
