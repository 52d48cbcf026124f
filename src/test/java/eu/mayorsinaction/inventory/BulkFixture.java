package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;

/**
 * A coordinator of its own for the bulk import tests: a NEW organisation (never the demo
 * ones, which other tests count), a new staff account and signatories it supports, all
 * with unique names so that reruns in the shared context do not collide; the names begin
 * with "Zz" so that they sort after every demo signatory in the lists other tests read
 * page by page.
 */
public final class BulkFixture {

	public static final String PASSWORD = "bulk-import-test-2026";

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private BulkFixture() {
	}

	/** The organisation, its coordinator and the signatories it supports. */
	public record Tenant(long organisationId, String email, Actor actor, List<Long> signatoryIds) {
	}

	public static Tenant create(OrganisationManagement organisations, UserManagement users, int signatories) {
		Actor admin = ((MiaUser) users.loadUserByUsername(ADMIN)).actor();
		String prefix = "Zz bulk " + UUID.randomUUID().toString().substring(0, 8);
		long organisation = organisations
			.createOrganisation(admin,
					new OrganisationData(OrganisationKind.COORDINATOR, prefix + " Province", "IT", null, null, null,
							null, null))
			.id();
		String email = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "@test.mayorsinaction.eu";
		long userId = users
			.createUser(admin,
					new NewUser(email, prefix + " Coordinator", "en", PASSWORD, false, Role.ORGANISATION_STAFF,
							organisation, null))
			.id();
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= signatories; i++) {
			ids.add(organisations
				.createSignatory(admin,
						new SignatoryData(prefix + " Town " + i, "IT", null, 10_000 + i, 2020, "test", null, null, null,
								null, SignatoryStatus.ACTIVE, null, false, null),
						new OrganisationId(organisation))
				.id());
		}
		return new Tenant(organisation, email, users.currentActor(userId), ids);
	}

}
