package eu.mayorsinaction.user;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class UserManagementTests {

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Test
	void only_platform_admins_manage_accounts() {
		Actor person = UserFixture.registered(this.users, UserFixture.uniqueEmail("plain"));
		UserId self = new UserId(person.userId());

		assertThatThrownBy(() -> this.users.users(person)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.user(person, self)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.grantRole(person, self, Role.ORGANISATION_ADMIN, 1))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.revokeRole(person, self, Role.ORGANISATION_ADMIN, 1))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.setEnabled(person, self, false)).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.users.createUser(person, UserFixture.person(UserFixture.uniqueEmail("x"))))
			.isInstanceOf(Forbidden.class);
	}

	@Test
	void a_role_on_an_unknown_target_names_the_target_field() {
		Actor admin = admin();
		UserId id = new UserId(this.users.register(UserFixture.person(UserFixture.uniqueEmail("target"))).id());

		assertThatThrownBy(() -> this.users.grantRole(admin, id, Role.ORGANISATION_STAFF, 987_654))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("organisationId"));
		assertThatThrownBy(() -> this.users.grantRole(admin, id, Role.SIGNATORY_EDITOR, 987_654))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("signatoryId"));
	}

	@Test
	void a_granted_role_counts_at_once_and_a_revoked_one_is_gone() {
		Actor admin = admin();
		Actor person = UserFixture.registered(this.users, UserFixture.uniqueEmail("grant"));
		UserId id = new UserId(person.userId());
		long organisation = this.organisations.findOrganisations(admin, null, null, 0, 1).items().get(0).id();

		UserView granted = this.users.grantRole(admin, id, Role.ORGANISATION_ADMIN, organisation);

		assertThat(granted.memberships()).singleElement().satisfies((m) -> assertThat(m.targetName()).isNotBlank());
		assertThat(this.users.currentActor(id.value()).adminOrganisationIds()).containsExactly(organisation);

		this.users.revokeRole(admin, id, Role.ORGANISATION_ADMIN, organisation);

		assertThat(this.users.currentActor(id.value()).isOrganisationMember()).isFalse();
	}

	@Test
	void a_new_password_must_have_twelve_characters() {
		Actor person = UserFixture.registered(this.users, UserFixture.uniqueEmail("pw"));

		assertThatThrownBy(() -> this.users.changePassword(person, UserFixture.PASSWORD, "short"))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("newPassword"));
		assertThatThrownBy(() -> this.users.changePassword(person, "wrong password", "long enough password"))
			.isInstanceOfSatisfying(InvalidInput.class,
					(ex) -> assertThat(ex.violations().get(0).field()).isEqualTo("currentPassword"));
	}

	@Test
	void a_disabled_account_cannot_use_its_tokens() {
		Actor admin = admin();
		Actor person = UserFixture.registered(this.users, UserFixture.uniqueEmail("disabled"));
		String token = this.users.createToken(person, "before").token();
		assertThat(this.users.authenticateToken(token)).isPresent();

		this.users.setEnabled(admin, new UserId(person.userId()), false);

		assertThat(this.users.authenticateToken(token)).isEmpty();
		this.users.setEnabled(admin, new UserId(person.userId()), true);
		assertThat(this.users.authenticateToken(token)).isPresent();
	}

	private Actor admin() {
		return UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).actor();
	}

}
