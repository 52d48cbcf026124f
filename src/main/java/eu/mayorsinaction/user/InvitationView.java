package eu.mayorsinaction.user;

import java.time.Instant;

/**
 * An invitation as admins list it; never its link, which only the invited person
 * receives.
 */
public record InvitationView(long id, String email, String language, Role role, Long organisationId, Long signatoryId,
		String targetName, Long viaOrganisationId, String invitedByName, Instant createdAt, Instant expiresAt,
		InvitationStatus status) {

	/** Whether it can still be resent or revoked. */
	public boolean open() {
		return this.status == InvitationStatus.PENDING || this.status == InvitationStatus.EXPIRED;
	}

}
