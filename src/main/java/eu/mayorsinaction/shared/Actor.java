package eu.mayorsinaction.shared;

import java.io.Serializable;
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
 * @param viewingAsSignatoryId the signatory a coordinator is viewing the platform as, or
 * {@code null}; while set, the other sets are already narrowed to that signatory
 */
public record Actor(Long userId, boolean platformAdmin, Set<Long> memberOrganisationIds, Set<Long> adminOrganisationIds,
		Set<Long> viewableSignatoryIds, Set<Long> editableSignatoryIds,
		Long viewingAsSignatoryId) implements Serializable {

	/** A person acting in their own right (not viewing as a signatory). */
	public Actor(Long userId, boolean platformAdmin, Set<Long> memberOrganisationIds, Set<Long> adminOrganisationIds,
			Set<Long> viewableSignatoryIds, Set<Long> editableSignatoryIds) {
		this(userId, platformAdmin, memberOrganisationIds, adminOrganisationIds, viewableSignatoryIds,
				editableSignatoryIds, null);
	}

	public Actor {
		memberOrganisationIds = Set.copyOf(memberOrganisationIds);
		adminOrganisationIds = Set.copyOf(adminOrganisationIds);
		viewableSignatoryIds = Set.copyOf(viewableSignatoryIds);
		editableSignatoryIds = Set.copyOf(editableSignatoryIds);
	}

	public static Actor anonymous() {
		return new Actor(null, false, Set.of(), Set.of(), Set.of(), Set.of());
	}

	public boolean isViewingAs() {
		return viewingAsSignatoryId != null;
	}

	/**
	 * The same person seeing the platform as one signatory sees it: they keep their own
	 * rights on that signatory and never gain any (an editor's rights only where they
	 * could edit it themselves).
	 */
	public Actor viewingAs(long signatoryId, boolean mayEdit) {
		return new Actor(userId, false, Set.of(), Set.of(), Set.of(signatoryId),
				mayEdit ? Set.of(signatoryId) : Set.of(), signatoryId);
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
