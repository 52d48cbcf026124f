package eu.mayorsinaction.user;

import java.time.Instant;

/**
 * A freshly created API token: the only moment the secret is visible.
 *
 * @param expiresAt when it stops working, or {@code null} for never
 */
public record CreatedToken(long id, String name, String token, TokenScope scope, Instant expiresAt) {
}
