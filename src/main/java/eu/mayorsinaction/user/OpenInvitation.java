package eu.mayorsinaction.user;

/**
 * A valid invitation as its link shows it, and whether its address has an account already
 * (then the person signs in to accept it instead of creating one).
 */
public record OpenInvitation(InvitationView invitation, boolean accountExists) {
}
