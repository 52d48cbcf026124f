package eu.mayorsinaction.audit;

import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;

/**
 * Demo people and fresh signatories for the audit and view-as tests: every test that
 * changes data makes its own signatory, since the tests share one database.
 */
final class AuditTestSupport {

	static final String ADMIN = "admin@demo.mayorsinaction.eu";

	static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	static final String BARCELONA = "staff.barcelona@demo.mayorsinaction.eu";

	static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	static final String GENOA_ORGANISATION = "Metropolitan City of Genoa";

	static final jakarta.servlet.http.Cookie ENGLISH = new jakarta.servlet.http.Cookie("mia-lang", "en");

	private AuditTestSupport() {
	}

	static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

	static MiaUser principal(UserManagement users, String email) {
		return (MiaUser) users.loadUserByUsername(email);
	}

	static Actor actor(UserManagement users, String email) {
		return users.currentActor(principal(users, email).id());
	}

	static SignatoryView signatory(OrganisationManagement organisations, String name) {
		return organisations.findSignatories(admin(), new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	static long organisationId(OrganisationManagement organisations, String name) {
		return organisations.findOrganisations(admin(), name, null, 0, 10).items().get(0).id();
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A new signatory that the Genoa coordinator's organisation supports from today. */
	static SignatoryView genoaSignatory(OrganisationManagement organisations, UserManagement users, String name) {
		SignatoryData data = new SignatoryData(name, "IT", "Liguria", 5000, 2021, null, null, null, null, null,
				SignatoryStatus.ACTIVE, null, false, null);
		return organisations.createSignatory(actor(users, GENOA), data,
				new OrganisationId(organisationId(organisations, GENOA_ORGANISATION)));
	}

}
