package eu.mayorsinaction.user;

import java.util.List;
import java.util.Set;

import eu.mayorsinaction.TestMail;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole life of an account through the pages, with the mails read from GreenMail:
 * invited by a coordinator, activated through the link, locked after failed sign-ins,
 * unlocked by an admin, its password reset by e-mail, and erased by an admin.
 */
@WebIntegrationTest
class AccountLifecycleTests {

	static final String COORDINATOR = "coordinator.genoa@demo.mayorsinaction.eu";

	static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	PrivacyManagement privacy;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		TestMail.server();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void invited_activated_locked_unlocked_reset_erased() throws Exception {
		String email = UserFixture.uniqueEmail("life");
		long genoa = organisationId("Metropolitan City of Genoa");
		long chiavari = signatoryId("Chiavari");

		// Invited by the coordinator, in Italian, to edit a municipality Genoa supports.
		this.mvc
			.perform(post("/app/organisations/{id}/invitations", genoa).with(as(COORDINATOR))
				.with(csrf())
				.param("email", email)
				.param("language", "it")
				.param("role", "SIGNATORY_EDITOR")
				.param("signatoryId", String.valueOf(chiavari)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/app/organisations/" + genoa + "/invitations"));
		MimeMessage invitation = Mails.await(email, 1);
		assertThat(Mails.subject(invitation)).contains("ti invita");
		assertThat(Mails.text(invitation)).contains("Chiavari").contains("Redattore del firmatario");
		String invitationToken = Mails.secret(invitation, "invitation");
		String invitationsPage = this.mvc
			.perform(get("/app/organisations/{id}/invitations", genoa).with(as(COORDINATOR)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// The organisation's form offers its own role choice once, not the platform
		// admin's as well.
		assertThat(invitationsPage.split("name=\"role\"", -1)).hasSize(2);

		// Activated through the link.
		this.mvc.perform(get("/invitation/{token}", invitationToken).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("Chiavari")));
		String password = "first password of mine";
		this.mvc
			.perform(post("/invitation/{token}", invitationToken).with(csrf())
				.param("displayName", "Lucia Invitata")
				.param("password", password)
				.param("confirmation", password))
			.andExpect(redirectedUrl("/login?activated"));
		MiaUser person = UserFixture.principal(this.users, email);
		assertThat(person.preferredLanguage()).isEqualTo("it");
		assertThat(person.actor().editableSignatoryIds()).containsExactly(chiavari);
		this.mvc.perform(get("/invitation/{token}", invitationToken).cookie(ENGLISH))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link is no longer valid")));
		this.mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(authenticated().withUsername(email));

		// Locked after five failed sign-ins: even the right password is refused, and the
		// person is told for how long.
		for (int attempt = 1; attempt < 5; attempt++) {
			this.mvc.perform(formLogin("/login").user(email).password("not the password"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(email).password("not the password"))
			.andExpect(redirectedUrl("/login?locked=15"));
		this.mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked=15"));
		this.mvc.perform(get("/login").param("locked", "15").cookie(ENGLISH))
			.andExpect(content().string(containsString("this account is locked for 15 minutes")));
		assertThat(Mails.subject(Mails.await(email, 2))).contains("bloccato");

		// Unlocked by a platform admin.
		this.mvc.perform(get("/app/admin/users/{id}", person.id()).with(as(UserFixture.DEMO_ADMIN)).cookie(ENGLISH))
			.andExpect(content().string(containsString("Unlock the account")));
		this.mvc
			.perform(post("/app/admin/users/{id}/unlock", person.id()).with(as(UserFixture.DEMO_ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user(email).password(password))
			.andExpect(authenticated().withUsername(email));

		// Reset by e-mail: the same answer as for an unknown address, a one-time link.
		this.mvc.perform(post("/password-reset").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/password-reset"));
		MimeMessage reset = Mails.await(email, 3);
		assertThat(Mails.subject(reset)).contains("Reimposta");
		String resetToken = Mails.secret(reset, "password-reset");
		this.mvc.perform(get("/password-reset/{token}", resetToken).cookie(ENGLISH)).andExpect(status().isOk());
		String newPassword = "second password of mine";
		this.mvc
			.perform(post("/password-reset/{token}", resetToken).with(csrf())
				.param("newPassword", newPassword)
				.param("confirmation", newPassword))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin("/login").user(email).password(password)).andExpect(unauthenticated());
		this.mvc.perform(formLogin("/login").user(email).password(newPassword))
			.andExpect(authenticated().withUsername(email));
		this.mvc
			.perform(post("/password-reset/{token}", resetToken).with(csrf())
				.param("newPassword", "a third password here")
				.param("confirmation", "a third password here")
				.cookie(ENGLISH))
			.andExpect(status().isGone());
		this.mvc.perform(formLogin("/login").user(email).password(newPassword)).andExpect(authenticated());

		// Every step is in the audit trail, under the account.
		List<String> actions = this.jdbc
			.sql("select action from audit_entry where object_type = 'USER' and object_id = :id order by id")
			.param("id", person.id())
			.query(String.class)
			.list();
		assertThat(actions).contains("INVITATION_ACCEPTED", "SIGN_IN", "SIGN_IN_FAILED", "ACCOUNT_LOCKED",
				"ACCOUNT_UNLOCKED", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
		String trail = String.join(" ",
				this.jdbc
					.sql("select coalesce(before_state, '') || coalesce(after_state, '') || coalesce(detail, '')"
							+ " from audit_entry where object_id = :id")
					.param("id", person.id())
					.query(String.class)
					.list());
		assertThat(trail).doesNotContain(password).doesNotContain(newPassword).doesNotContain(resetToken);
		assertThat(this.jdbc
			.sql("select actor_name from audit_entry where action = 'ACCOUNT_UNLOCKED'" + " and object_id = :id")
			.param("id", person.id())
			.query(String.class)
			.single()).isEqualTo("Demo platform administrator");

		// Erased by a platform admin: the account is gone, the trail and the mail log
		// keep
		// the facts under a pseudonym.
		// The mail log entry is written by the background sender just after delivery.
		awaitMailLogEntries(email, 3);
		String pseudonym = this.privacy.erase(UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).actor(),
				person.id());
		this.mvc.perform(formLogin("/login").user(email).password(newPassword)).andExpect(unauthenticated());
		assertThat(this.jdbc.sql("select count(*) from app_user where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
		List<String> labels = this.jdbc
			.sql("select coalesce(object_label, '') || ' ' || coalesce(before_state, '') || ' '"
					+ " || coalesce(after_state, '') || ' ' || coalesce(detail, '') || ' ' || coalesce(actor_name, '')"
					+ " from audit_entry where object_type = 'USER' and object_id = :id")
			.param("id", person.id())
			.query(String.class)
			.list();
		assertThat(labels).isNotEmpty().allSatisfy((text) -> assertThat(text).doesNotContain(email, "Lucia Invitata"));
		assertThat(String.join(" ", labels)).contains(pseudonym);
		assertThat(this.jdbc.sql("select count(*) from mail_log where lower(recipient) = :email")
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from mail_log where recipient = :pseudonym")
			.param("pseudonym", pseudonym)
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private void awaitMailLogEntries(String email, long count) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 10_000;
		while (mailLogEntries(email) < count && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(mailLogEntries(email)).isGreaterThanOrEqualTo(count);
	}

	private long mailLogEntries(String email) {
		return this.jdbc.sql("select count(*) from mail_log where lower(recipient) = :email")
			.param("email", email.toLowerCase(java.util.Locale.ROOT))
			.query(Long.class)
			.single();
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
		return user(UserFixture.principal(this.users, email));
	}

	long organisationId(String name) {
		return organisationId(this.organisations, name);
	}

	long signatoryId(String name) {
		return signatoryId(this.organisations, name);
	}

	static long organisationId(OrganisationManagement organisations, String name) {
		return organisations.findOrganisations(admin(), name, null, 0, 5).items().get(0).id();
	}

	static long signatoryId(OrganisationManagement organisations, String name) {
		return organisations.findSignatories(admin(), new SignatoryQuery(name, null, null, null, null), 0, 5)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

}
