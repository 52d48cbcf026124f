package eu.mayorsinaction.organisation;

/**
 * A signatory was created or its data changed; the audit trail and later modules listen.
 *
 * @param signatoryId the signatory
 * @param userId who made the change ({@code null} for system jobs such as the demo
 * loader)
 * @param created {@code true} when the signatory is new
 */
public record SignatoryChanged(SignatoryId signatoryId, Long userId, boolean created) {
}
