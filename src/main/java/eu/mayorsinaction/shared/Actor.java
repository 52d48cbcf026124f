package eu.mayorsinaction.shared;

import java.util.Set;

/**
 * Who is acting and over which tenants: the platform admin flag and the organisations and
 * signatories the person holds a role on. Every module decides visibility from this value
 * alone, so access rules never depend on the web layer.
 *
 * @param userId the account, or {@code null} for an anonymous visitor
 * @param platformAdmin may see and change everything
 * @param memberOrganisationIds organisations the person is admin or staff of
 * @param adminOrganisationIds organisations the person administers (a subset of the
 * above)
 * @param viewableSignatoryIds signatories the person holds an editor or viewer role on
 * @param editableSignatoryIds signatories the person holds an editor role on (a subset of
 * the above)
 */
public record Actor(Long userId, boolean platformAdmin, Set<Long> memberOrganisationIds, Set<Long> adminOrganisationIds,
		Set<Long> viewableSignatoryIds, Set<Long> editableSignatoryIds) {

	public Actor {
		memberOrganisationIds = Set.copyOf(memberOrganisationIds);
		adminOrganisationIds = Set.copyOf(adminOrganisationIds);
		viewableSignatoryIds = Set.copyOf(viewableSignatoryIds);
		editableSignatoryIds = Set.copyOf(editableSignatoryIds);
	}

	public static Actor anonymous() {
		return new Actor(null, false, Set.of(), Set.of(), Set.of(), Set.of());
	}

	public boolean isAuthenticated() {
		return userId != null;
	}

	public boolean isOrganisationMember() {
		return !memberOrganisationIds.isEmpty();
	}

	public boolean isOrganisationAdmin(long organisationId) {
		return platformAdmin || adminOrganisationIds.contains(organisationId);
	}

	public boolean isMemberOf(long organisationId) {
		return platformAdmin || memberOrganisationIds.contains(organisationId);
	}

}
