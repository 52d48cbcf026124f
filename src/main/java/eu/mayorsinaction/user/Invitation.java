package eu.mayorsinaction.user;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An invitation to take up a role: a one-time link, valid until it expires, is accepted
 * or is revoked. Only the hash of the link's secret is kept.
 */
@Table("invitation")
class Invitation {

	@Id
	Long id;

	String email;

	String displayName;

	String language;

	Role role;

	Long organisationId;

	Long signatoryId;

	Long viaOrganisationId;

	String tokenHash;

	Long invitedBy;

	Instant createdAt;

	Instant expiresAt;

	Instant acceptedAt;

	Instant revokedAt;

	boolean isPending() {
		return this.acceptedAt == null && this.revokedAt == null;
	}

	boolean isUsable(Instant now) {
		return isPending() && this.expiresAt.isAfter(now);
	}

	long targetId() {
		return (this.organisationId != null) ? this.organisationId : this.signatoryId;
	}

	InvitationView toView(String targetName, String invitedByName, Instant now) {
		InvitationStatus status = (this.acceptedAt != null) ? InvitationStatus.ACCEPTED
				: (this.revokedAt != null) ? InvitationStatus.REVOKED
						: this.expiresAt.isAfter(now) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
		return new InvitationView(this.id, this.email, this.language, this.role, this.organisationId, this.signatoryId,
				targetName, this.viaOrganisationId, invitedByName, this.createdAt, this.expiresAt, status);
	}

}
