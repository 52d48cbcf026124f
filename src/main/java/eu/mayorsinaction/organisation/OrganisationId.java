package eu.mayorsinaction.organisation;

/**
 * Identifies a coordinator or supporter organisation.
 */
public record OrganisationId(long value) {
}
