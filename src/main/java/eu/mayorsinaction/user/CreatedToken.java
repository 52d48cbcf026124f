package eu.mayorsinaction.user;

/**
 * A freshly created API token: the only moment the secret is visible.
 */
public record CreatedToken(long id, String name, String token) {
}
