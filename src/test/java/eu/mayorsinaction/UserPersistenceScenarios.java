package eu.mayorsinaction;

import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.ApiTokenView;
import eu.mayorsinaction.user.CreatedToken;
import eu.mayorsinaction.user.EmailAlreadyUsed;
import eu.mayorsinaction.user.MembershipView;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Round trips of accounts, memberships and API tokens through {@link UserManagement}, on
 * PostgreSQL and on H2 (see the two subclasses).
 */
abstract class UserPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	static final String PASSWORD = "correct horse battery";

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PasswordEncoder passwordEncoder;

	final String prefix = "zq" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void an_organisation_member_keeps_their_role_and_signs_in_with_it() {
		long organisation = this.organisations
			.createOrganisation(ADMIN,
					new OrganisationData(OrganisationKind.SUPPORTER, prefix + " Agency", "GR", null, null, null, null,
							null))
			.id();
		UserView created = this.users.register(new NewUser(" " + prefix + ".Staff@Example.org ", "Eleni Staff", "el",
				PASSWORD, false, Role.ORGANISATION_ADMIN, organisation, null));

		assertThat(created.email()).isEqualTo(prefix + ".staff@example.org");
		assertThat(created.memberships())
			.containsExactly(new MembershipView(Role.ORGANISATION_ADMIN, organisation, null, prefix + " Agency"));
		MiaUser principal = (MiaUser) this.users.loadUserByUsername(prefix + ".STAFF@example.org");
		assertThat(this.passwordEncoder.matches(PASSWORD, principal.getPassword())).isTrue();
		assertThat(principal.preferredLanguage()).isEqualTo("el");
		Actor actor = this.users.currentActor(created.id());
		assertThat(actor.memberOrganisationIds()).containsExactly(organisation);
		assertThat(actor.adminOrganisationIds()).containsExactly(organisation);
		assertThat(actor.viewableSignatoryIds()).isEmpty();
		assertThat(this.users.me(actor).displayName()).isEqualTo("Eleni Staff");

		this.users.changePreferredLanguage(actor, "pl");
		assertThat(this.users.preferredLanguage(created.id())).contains("pl");
		assertThatThrownBy(() -> this.users.changePreferredLanguage(actor, "xx")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void a_signatory_viewer_sees_only_their_signatory() {
		long signatory = this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(prefix + " Town", "PL", null, 5000, 2021, "test", null, null, null, null,
							SignatoryStatus.ACTIVE, null, false, null),
					null)
			.id();
		UserView viewer = this.users.register(new NewUser(prefix + ".viewer@example.org", "Piotr Viewer", "pl",
				PASSWORD, false, Role.SIGNATORY_VIEWER, null, signatory));

		Actor actor = this.users.currentActor(viewer.id());

		assertThat(actor.viewableSignatoryIds()).containsExactly(signatory);
		assertThat(actor.editableSignatoryIds()).isEmpty();
		assertThat(actor.memberOrganisationIds()).isEmpty();
		assertThat(viewer.memberships()).extracting(MembershipView::targetName).containsExactly(prefix + " Town");
	}

	@Test
	void an_email_address_is_used_once() {
		this.users
			.register(new NewUser(prefix + ".once@example.org", "First", "en", PASSWORD, false, null, null, null));
		assertThatThrownBy(() -> this.users.register(new NewUser(prefix.toUpperCase() + ".ONCE@example.org", "Second",
				"en", PASSWORD, false, null, null, null)))
			.isInstanceOf(EmailAlreadyUsed.class);
	}

	@Test
	void an_api_token_is_stored_hashed_works_until_revoked() {
		UserView user = this.users
			.register(new NewUser(prefix + ".api@example.org", "API user", "en", PASSWORD, false, null, null, null));
		Actor actor = this.users.currentActor(user.id());

		CreatedToken token = this.users.createToken(actor, "Nightly import");

		assertThat(token.token()).startsWith("mia_");
		assertThat(this.users.authenticateToken(token.token()))
			.hasValueSatisfying((principal) -> assertThat(principal.id()).isEqualTo(user.id()));
		assertThat(this.users.tokens(actor)).singleElement().satisfies((view) -> {
			assertThat(view.name()).isEqualTo("Nightly import");
			assertThat(view.lastUsedAt()).isNotNull();
			assertThat(view.active()).isTrue();
		});
		assertThat(this.users.authenticateToken(token.token() + "x")).isEmpty();

		this.users.revokeToken(actor, token.id());

		assertThat(this.users.authenticateToken(token.token())).isEmpty();
		assertThat(this.users.tokens(actor)).extracting(ApiTokenView::active).containsExactly(false);
	}

	@Test
	void provisioning_an_existing_admin_resets_the_password() {
		String email = prefix + ".admin@example.org";
		this.users.provisionAdmin(email, PASSWORD, "Admin");
		this.users.provisionAdmin(email, "another long password", "Admin");

		MiaUser admin = (MiaUser) this.users.loadUserByUsername(email);

		assertThat(this.passwordEncoder.matches("another long password", admin.getPassword())).isTrue();
		assertThat(admin.actor().platformAdmin()).isTrue();
		assertThat(this.users.users(ADMIN)).extracting(UserView::email).contains(email);
	}

}
