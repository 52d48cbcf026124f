package eu.mayorsinaction.user;

import java.time.Instant;

/**
 * A personal API token as listed: never the token itself, which is shown once at
 * creation.
 */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
