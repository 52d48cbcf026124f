package eu.mayorsinaction.user;

/**
 * An invitation to send: to whom, in which language, to which role on which organisation
 * or signatory, and through which organisation (an organisation admin invites for their
 * own organisation or for a signatory it supports; {@code null} for a platform admin
 * inviting directly).
 */
public record NewInvitation(String email, String language, Role role, Long organisationId, Long signatoryId,
		Long viaOrganisationId) {
}
