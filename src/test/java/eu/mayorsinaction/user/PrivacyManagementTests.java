package eu.mayorsinaction.user;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@WebIntegrationTest
class PrivacyManagementTests {

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	UserManagement users;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	String email;

	String name;

	Actor person;

	Actor admin;

	@BeforeEach
	void setUp() {
		this.email = UserFixture.uniqueEmail("privacy");
		this.name = "Ada Privacy " + UUID.randomUUID().toString().substring(0, 8);
		UserView view = this.users
			.register(new NewUser(this.email, this.name, "fr", UserFixture.PASSWORD, false, null, null, null));
		this.person = this.users.currentActor(view.id());
		this.admin = UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).actor();
	}

	@Test
	void the_export_holds_the_persons_data_and_no_secret() {
		this.users.createToken(this.person, "Nightly export");
		this.users.grantRole(this.admin, new UserId(this.person.userId()), Role.SIGNATORY_VIEWER, chiavari());
		this.events.publishEvent(new Audited(this.person, "UPDATE", "SIGNATORY", 4242L, "Something I changed", null,
				null, Map.of("name", "old"), Map.of("name", "new"), null));
		this.events.publishEvent(new Audited(this.admin, "ROLE_GRANTED", "USER", this.person.userId(), this.email, null,
				null, Map.of(), Map.of("role", "SIGNATORY_VIEWER"), null));

		PersonalData data = this.privacy.exportPersonalData(this.person);

		assertThat(data.account().email()).isEqualTo(this.email);
		assertThat(data.account().displayName()).isEqualTo(this.name);
		assertThat(data.account().preferredLanguage()).isEqualTo("fr");
		assertThat(data.account().createdAt()).isNotNull();
		assertThat(data.account().enabled()).isTrue();
		assertThat(data.memberships()).extracting(MembershipView::targetName).containsExactly("Chiavari");
		assertThat(data.apiTokens()).extracting(PersonalData.Token::name).containsExactly("Nightly export");
		assertThat(data.auditTrailOfOwnActions()).anySatisfy((entry) -> {
			assertThat(entry.objectLabel()).isEqualTo("Something I changed");
			assertThat(entry.after()).containsEntry("name", "new");
		});
		assertThat(data.auditTrailAboutAccount())
			.anySatisfy((entry) -> assertThat(entry.action()).isEqualTo("ROLE_GRANTED"));

		String text = this.json.writeValueAsString(data);
		String passwordHash = this.jdbc.sql("select password_hash from app_user where id = :id")
			.param("id", this.person.userId())
			.query(String.class)
			.single();
		String tokenHash = this.jdbc.sql("select token_hash from api_token where user_id = :id")
			.param("id", this.person.userId())
			.query(String.class)
			.single();
		assertThat(text).contains(this.email, "Nightly export", "Chiavari", "Something I changed")
			.doesNotContain(passwordHash)
			.doesNotContain(tokenHash)
			.doesNotContainIgnoringCase("hash")
			.doesNotContain("mia_");
	}

	@Test
	void deleting_ones_account_needs_the_right_password() {
		assertThatThrownBy(() -> this.privacy.deleteOwnAccount(this.person, "not my password")).isInstanceOfSatisfying(
				InvalidInput.class,
				(ex) -> assertThat(ex.violations().get(0).code()).isEqualTo("privacy.wrongPassword"));
		assertThatThrownBy(() -> this.privacy.deleteOwnAccount(this.person, null)).isInstanceOf(InvalidInput.class);

		assertThat(UserFixture.principal(this.users, this.email)).isNotNull();
	}

	@Test
	void a_deleted_account_is_gone_and_the_audit_trail_names_a_pseudonym() {
		this.users.createToken(this.person, "to be removed");
		this.events.publishEvent(new Audited(this.person, "UPDATE", "SIGNATORY", 4242L, "Changed by " + this.name, null,
				null, Map.of("contact", this.email), Map.of("contact", "someone else"), null));
		this.events.publishEvent(new Audited(this.admin, "INVITE", "INVITATION", 77L, "Invitation for " + this.email,
				null, null, Map.of(), Map.of("email", this.email), null));

		this.privacy.deleteOwnAccount(this.person, UserFixture.PASSWORD);

		assertThatThrownBy(() -> this.users.loadUserByUsername(this.email))
			.isInstanceOf(UsernameNotFoundException.class);
		assertThat(count("select count(*) from api_token where user_id = :id")).isZero();
		assertThat(count("select count(*) from membership where user_id = :id")).isZero();
		assertThat(auditRowsMentioning(this.email)).isZero();
		assertThat(auditRowsMentioning(this.name)).isZero();
		List<Map<String, Object>> deleted = this.jdbc
			.sql("select actor_name, object_label from audit_entry where action = 'ACCOUNT_DELETED'"
					+ " and object_type = 'USER' and object_id = :id")
			.param("id", this.person.userId())
			.query()
			.listOfRows();
		assertThat(deleted).hasSize(1);
		String pseudonym = (String) deleted.get(0).get("object_label");
		assertThat(pseudonym).matches("Person-[0-9a-f]{8}");
		assertThat(deleted.get(0).get("actor_name")).isEqualTo(pseudonym);
		assertThat(this.jdbc.sql("select object_label from audit_entry where action = 'UPDATE' and actor_user_id = :id")
			.param("id", this.person.userId())
			.query(String.class)
			.list()).containsExactly("Changed by " + pseudonym);
	}

	@Test
	@Transactional
	void the_last_platform_administrator_cannot_delete_their_account() {
		String adminEmail = UserFixture.uniqueEmail("last-admin");
		UserView only = this.users
			.register(new NewUser(adminEmail, "Only admin", "en", UserFixture.PASSWORD, true, null, null, null));
		// Rolled back with the test: the demo admins stay as they were.
		this.jdbc.sql("update app_user set enabled = false where platform_admin = true and id <> :id")
			.param("id", only.id())
			.update();

		assertThatThrownBy(
				() -> this.privacy.deleteOwnAccount(this.users.currentActor(only.id()), UserFixture.PASSWORD))
			.isInstanceOfSatisfying(AccountRemovalRefused.class,
					(ex) -> assertThat(ex.code()).isEqualTo("privacy.lastAdmin"));
		assertThat(UserFixture.principal(this.users, adminEmail)).isNotNull();
	}

	@Test
	void an_admin_may_delete_their_account_while_another_admin_remains() {
		String adminEmail = UserFixture.uniqueEmail("leaving-admin");
		UserView leaving = this.users
			.register(new NewUser(adminEmail, "Leaving admin", "en", UserFixture.PASSWORD, true, null, null, null));

		this.privacy.deleteOwnAccount(this.users.currentActor(leaving.id()), UserFixture.PASSWORD);

		assertThatThrownBy(() -> this.users.loadUserByUsername(adminEmail))
			.isInstanceOf(UsernameNotFoundException.class);
	}

	@Test
	void a_platform_admin_erases_a_person_and_the_business_trail_stays() {
		this.events.publishEvent(new Audited(this.person, "UPDATE", "SIGNATORY", 4243L, "Signed by " + this.email,
				4243L, null, Map.of(), Map.of(), null));

		String pseudonym = this.privacy.erase(this.admin, this.person.userId());

		assertThat(pseudonym).startsWith("Person-");
		assertThatThrownBy(() -> this.users.loadUserByUsername(this.email))
			.isInstanceOf(UsernameNotFoundException.class);
		assertThat(auditRowsMentioning(this.email)).isZero();
		assertThat(auditRowsMentioning(this.name)).isZero();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry where action = 'UPDATE' and object_id = 4243 and actor_user_id = :id")
			.param("id", this.person.userId())
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select actor_user_id from audit_entry where action = 'ACCOUNT_ERASED' and object_id = :id")
			.param("id", this.person.userId())
			.query(Long.class)
			.single()).isEqualTo(this.admin.userId());
	}

	@Test
	void only_a_platform_admin_erases_and_never_themselves() {
		Actor other = UserFixture.registered(this.users, UserFixture.uniqueEmail("not-admin"));

		assertThatThrownBy(() -> this.privacy.erase(other, this.person.userId())).isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.privacy.erase(this.admin, this.admin.userId())).isInstanceOfSatisfying(
				AccountRemovalRefused.class, (ex) -> assertThat(ex.code()).isEqualTo("privacy.eraseSelf"));
		assertThatThrownBy(() -> this.privacy.erase(this.admin, Long.MAX_VALUE)).isInstanceOf(UserNotFound.class);
		assertThat(UserFixture.principal(this.users, this.email)).isNotNull();
	}

	private long chiavari() {
		return this.jdbc.sql("select id from signatory where name = 'Chiavari'").query(Long.class).single();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).param("id", this.person.userId()).query(Long.class).single();
	}

	private long auditRowsMentioning(String text) {
		return this.jdbc
			.sql("select count(*) from audit_entry where coalesce(actor_name, '') like :t or coalesce(object_label, '')"
					+ " like :t or coalesce(before_state, '') like :t or coalesce(after_state, '') like :t"
					+ " or coalesce(detail, '') like :t")
			.param("t", "%" + text + "%")
			.query(Long.class)
			.single();
	}

}
