package eu.mayorsinaction.user;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.mayorsinaction.TestMail;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Expired, reused and revoked links, invitations that make no sense, tokens past their
 * expiry or scope, and the end of every session after a reset: clear answers, nothing
 * changed.
 */
@WebIntegrationTest
class TrustBadInputTests {

	static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	InvitationManagement invitations;

	@Autowired
	RecoveryManagement recovery;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FindByIndexNameSessionRepository<? extends Session> sessions;

	@LocalServerPort
	int port;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		TestMail.server();
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void an_expired_invitation_link_is_refused_and_creates_no_account() throws Exception {
		String email = UserFixture.uniqueEmail("expired");
		String token = invite(email);
		this.jdbc.sql("update invitation set expires_at = :past where email = :email")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(60)))
			.param("email", email)
			.update();

		this.mvc.perform(get("/invitation/{token}", token).cookie(ENGLISH))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link is no longer valid")));
		this.mvc
			.perform(post("/invitation/{token}", token).with(csrf())
				.param("displayName", "Too Late")
				.param("password", "long enough password")
				.param("confirmation", "long enough password"))
			.andExpect(status().isGone());
		this.mvc.perform(get("/invitation/{token}", "made-up-token").cookie(ENGLISH)).andExpect(status().isGone());

		assertThat(this.jdbc.sql("select count(*) from app_user where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void a_resent_invitation_kills_the_old_link_and_a_revoked_one_works_no_more() {
		String email = UserFixture.uniqueEmail("resent");
		String first = invite(email);
		long id = this.invitations.openInvitations(admin())
			.stream()
			.filter((i) -> i.email().equals(email))
			.findFirst()
			.orElseThrow()
			.id();

		this.invitations.resend(admin(), null, id);
		String second = Mails.secret(Mails.await(email, 2), "invitation");

		assertThat(second).isNotEqualTo(first);
		assertThatThrownBy(() -> this.invitations.open(first)).isInstanceOf(LinkNotValid.class);
		assertThat(this.invitations.open(second).invitation().email()).isEqualTo(email);
		this.invitations.revoke(admin(), null, id);
		assertThatThrownBy(() -> this.invitations.open(second)).isInstanceOf(LinkNotValid.class);
	}

	@Test
	void inviting_someone_to_a_role_they_hold_is_a_clear_error() throws Exception {
		long genoa = genoa();
		this.mvc
			.perform(post("/app/organisations/{id}/invitations", genoa)
				.with(user(UserFixture.principal(this.users, AccountLifecycleTests.COORDINATOR)))
				.with(csrf())
				.cookie(ENGLISH)
				.param("email", AccountLifecycleTests.COORDINATOR)
				.param("language", "en")
				.param("role", "ORGANISATION_STAFF"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("holds a role on this organisation or signatory already")))
			.andExpect(content().string(containsString("aria-describedby=\"email-error\"")));
	}

	@Test
	void an_address_with_an_account_accepts_by_signing_in() throws Exception {
		String email = UserFixture.uniqueEmail("existing");
		Actor person = UserFixture.registered(this.users, email);
		String token = invite(email);

		this.mvc.perform(get("/invitation/{token}", token).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has an account already")));
		this.mvc
			.perform(post("/invitation/{token}", token).with(csrf())
				.cookie(ENGLISH)
				.param("displayName", "Someone Else")
				.param("password", "long enough password")
				.param("confirmation", "long enough password"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("has an account already")));
		this.mvc
			.perform(post("/app/invitations/{token}", token)
				.with(user(UserFixture.principal(this.users, AccountLifecycleTests.COORDINATOR)))
				.with(csrf()))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/app/invitations/{token}", token).with(user(UserFixture.principal(this.users, email)))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.users.currentActor(person.userId()).memberOrganisationIds()).containsExactly(genoa());
	}

	@Test
	void an_organisation_admin_may_not_invite_to_a_signatory_their_organisation_does_not_support() {
		Actor coordinator = UserFixture.principal(this.users, AccountLifecycleTests.COORDINATOR).actor();
		long sabadell = AccountLifecycleTests.signatoryId(this.organisations, "Sabadell");

		assertThatThrownBy(() -> this.invitations.invite(coordinator, new NewInvitation(UserFixture.uniqueEmail("nope"),
				"en", Role.SIGNATORY_VIEWER, null, sabadell, genoa())))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void a_reset_asked_for_an_unknown_address_answers_the_same_and_sends_nothing() throws Exception {
		String email = UserFixture.uniqueEmail("nobody");

		this.mvc.perform(post("/password-reset").with(csrf()).param("email", email))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));

		assertThat(Mails.afterQuietPeriod(email)).isEmpty();
	}

	@Test
	void a_reset_answers_the_same_page_and_status_for_a_known_and_an_unknown_address() throws Exception {
		String known = UserFixture.uniqueEmail("known");
		UserFixture.registered(this.users, known);
		String unknown = UserFixture.uniqueEmail("unknown");

		MvcResult forKnown = this.mvc
			.perform(post("/password-reset").with(csrf()).cookie(ENGLISH).param("email", known))
			.andReturn();
		MvcResult forUnknown = this.mvc
			.perform(post("/password-reset").with(csrf()).cookie(ENGLISH).param("email", unknown))
			.andReturn();

		assertThat(forKnown.getResponse().getStatus()).isEqualTo(forUnknown.getResponse().getStatus());
		assertThat(forKnown.getResponse().getRedirectedUrl()).isEqualTo(forUnknown.getResponse().getRedirectedUrl());
		assertThat(Map.copyOf(forKnown.getFlashMap())).isEqualTo(Map.copyOf(forUnknown.getFlashMap()));
		assertThat(forKnown.getResponse().getContentAsString())
			.isEqualTo(forUnknown.getResponse().getContentAsString());
		Mails.await(known, 1);
	}

	@Test
	void an_expired_reset_link_is_refused_and_changes_nothing() throws Exception {
		String email = UserFixture.uniqueEmail("late");
		Actor person = UserFixture.registered(this.users, email);
		this.recovery.requestReset(email);
		String token = Mails.secret(Mails.await(email, 1), "password-reset");
		this.jdbc.sql("update password_reset set expires_at = :past where user_id = :id")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
			.param("id", person.userId())
			.update();

		this.mvc
			.perform(post("/password-reset/{token}", token).with(csrf())
				.cookie(ENGLISH)
				.param("newPassword", "a password too late")
				.param("confirmation", "a password too late"))
			.andExpect(status().isGone())
			.andExpect(content().string(containsString("This link is no longer valid")));

		assertThat(passwordMatches(email, UserFixture.PASSWORD)).isTrue();
	}

	@Test
	void a_reset_ends_every_session_of_the_person() throws Exception {
		String email = UserFixture.uniqueEmail("sessions");
		UserFixture.registered(this.users, email);
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = browser.send(request("/login").GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> signedIn = browser
			.send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("username=" + email + "&password="
						+ UserFixture.PASSWORD.replace(' ', '+') + "&_csrf=" + csrf.group(1)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/app"));
		assertThat(
				browser.send(request("/app/account").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(200);
		assertThat(this.sessions.findByPrincipalName(email)).isNotEmpty();

		this.recovery.requestReset(email);
		this.recovery.resetPassword(Mails.secret(Mails.await(email, 1), "password-reset"), "a fresh new password");

		assertThat(this.sessions.findByPrincipalName(email)).isEmpty();
		assertThat(
				browser.send(request("/app/account").GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode())
			.isEqualTo(302);
	}

	@Test
	void an_expired_token_is_401_and_a_read_only_token_may_not_write() throws Exception {
		String email = UserFixture.uniqueEmail("scoped");
		Actor person = UserFixture.registered(this.users, email);
		CreatedToken readOnly = this.users.createToken(person, "reader", 30, TokenScope.READ_ONLY);
		CreatedToken expiring = this.users.createToken(person, "soon gone", 1, TokenScope.READ_WRITE);
		assertThat(readOnly.expiresAt()).isAfter(Instant.now());

		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> read = http.send(bearer("/api/v1/me", readOnly).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(read.statusCode()).isEqualTo(200);
		HttpResponse<String> write = http
			.send(bearer("/api/v1/me/tokens", readOnly).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(write.body()).get("code").asString()).isEqualTo("auth.readOnlyToken");

		this.jdbc.sql("update api_token set expires_at = :past where id = :id")
			.param("past", java.sql.Timestamp.from(Instant.now().minusSeconds(1)))
			.param("id", expiring.id())
			.update();
		HttpResponse<String> expired = http.send(bearer("/api/v1/me", expiring).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(expired.body()).get("code").asString()).isEqualTo("auth.invalidToken");
		assertThat(this.users.tokens(person)).filteredOn((t) -> t.id() == expiring.id())
			.singleElement()
			.satisfies((t) -> assertThat(t.expired()).isTrue());

		HttpResponse<String> created = http.send(request("/api/v1/me/tokens")
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString((email + ":" + UserFixture.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ci\",\"expiresInDays\":90,\"scope\":\"READ_ONLY\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JSON.readTree(created.body()).get("scope").asString()).isEqualTo("READ_ONLY");
		assertThat(JSON.readTree(created.body()).get("expiresAt").isNull()).isFalse();
	}

	@Test
	void the_mail_log_is_for_platform_admins_and_filters_by_recipient() throws Exception {
		String email = UserFixture.uniqueEmail("logged");
		invite(email);
		// The background sender writes the log entry just after the delivery.
		MailManagement mail = this.context.getBean(MailManagement.class);
		long deadline = System.currentTimeMillis() + 10_000;
		while (mail.sentTo(email).isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}

		this.mvc
			.perform(get("/app/admin/mail").param("recipient", email)
				.with(user(UserFixture.principal(this.users, UserFixture.DEMO_ADMIN)))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(email)))
			.andExpect(content().string(containsString("invitation")))
			.andExpect(content().string(not(containsString("/invitation/"))));
		this.mvc
			.perform(get("/app/admin/mail")
				.with(user(UserFixture.principal(this.users, AccountLifecycleTests.COORDINATOR))))
			.andExpect(status().isForbidden());
	}

	// Helpers

	private String invite(String email) {
		this.invitations.invite(admin(), new NewInvitation(email, "en", Role.ORGANISATION_STAFF, genoa(), null, null));
		return Mails.secret(Mails.await(email, 1), "invitation");
	}

	private long genoa() {
		return AccountLifecycleTests.organisationId(this.organisations, "Metropolitan City of Genoa");
	}

	private Actor admin() {
		return UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).actor();
	}

	private boolean passwordMatches(String email, String password) {
		return this.context.getBean(org.springframework.security.crypto.password.PasswordEncoder.class)
			.matches(password, UserFixture.principal(this.users, email).getPassword());
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

	private HttpRequest.Builder bearer(String path, CreatedToken token) {
		return request(path).header("Authorization", "Bearer " + token.token());
	}

}
