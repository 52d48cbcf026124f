package eu.mayorsinaction.user;

/**
 * Identifies an account.
 */
public record UserId(long value) {
}
