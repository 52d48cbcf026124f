package eu.mayorsinaction.user;

import java.time.Instant;

/**
 * A personal API token as listed: never the token itself, which is shown once at
 * creation.
 *
 * @param expiresAt when the token stops working, or {@code null} if it never expires
 * @param scope read-only or read-write
 * @param expired whether the expiry has passed
 */
public record ApiTokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt,
		Instant expiresAt, TokenScope scope, boolean expired) {

	public boolean active() {
		return this.revokedAt == null && !this.expired;
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

}
