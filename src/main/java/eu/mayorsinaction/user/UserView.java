package eu.mayorsinaction.user;

import java.util.List;

/**
 * An account as shown to its owner and to admins.
 */
public record UserView(long id, String email, String displayName, String preferredLanguage, boolean enabled,
		boolean platformAdmin, List<MembershipView> memberships) {
}
