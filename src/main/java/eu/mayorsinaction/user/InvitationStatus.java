package eu.mayorsinaction.user;

/**
 * Where an invitation stands.
 */
public enum InvitationStatus {

	PENDING, EXPIRED, ACCEPTED, REVOKED

}
