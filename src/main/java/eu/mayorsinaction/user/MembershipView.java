package eu.mayorsinaction.user;

/**
 * One role of a person, with the name of what it is held on.
 */
public record MembershipView(Role role, Long organisationId, Long signatoryId, String targetName) {
}
