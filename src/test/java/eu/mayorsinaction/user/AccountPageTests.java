package eu.mayorsinaction.user;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.shared.Actor;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class AccountPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	PasswordEncoder passwordEncoder;

	MockMvc mvc;

	String email;

	Actor actor;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.email = UserFixture.uniqueEmail("account");
		this.actor = UserFixture.registered(this.users, this.email);
	}

	@Test
	void the_account_page_shows_the_person_and_their_tokens() throws Exception {
		this.users.createToken(this.actor, "Nightly export");

		this.mvc.perform(get("/app/account").with(signedIn()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.email)))
			.andExpect(content().string(containsString("Test person")))
			.andExpect(content().string(containsString("Personal API tokens")))
			.andExpect(content().string(containsString("Nightly export")))
			.andExpect(content().string(containsString("href=\"/app/notifications#email-settings\"")))
			.andExpect(content().string(not(containsString("mia_"))));
	}

	@Test
	void the_account_page_lists_the_roles_with_their_targets() throws Exception {
		this.mvc
			.perform(get("/app/account")
				.with(user(UserFixture.principal(this.users, "editor.chiavari@demo.mayorsinaction.eu")))
				.cookie(new Cookie("mia-lang", "en")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Signatory editor: Chiavari")));
	}

	@Test
	void the_account_page_needs_a_signed_in_person() throws Exception {
		this.mvc.perform(get("/app/account")).andExpect(status().is3xxRedirection());
	}

	@Test
	void a_changed_language_is_stored_and_set_for_the_browser() throws Exception {
		this.mvc.perform(post("/app/account/language").with(signedIn()).with(csrf()).param("preferredLanguage", "nl"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/app/account"))
			.andExpect(flash().attributeExists("flashSuccess"))
			.andExpect((result) -> assertThat(result.getResponse().getCookie("mia-lang").getValue()).isEqualTo("nl"));

		assertThat(this.users.preferredLanguage(this.actor.userId())).hasValue("nl");
	}

	@Test
	void an_unsupported_language_is_a_field_error() throws Exception {
		this.mvc
			.perform(post("/app/account/language").with(signedIn())
				.with(csrf())
				.param("preferredLanguage", "xx")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("This language is not supported.")));

		assertThat(this.users.preferredLanguage(this.actor.userId())).hasValue("en");
	}

	@Test
	void a_wrong_current_password_is_a_translated_field_error() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/app/account/password").with(signedIn())
				.with(csrf())
				.param("currentPassword", "not my password")
				.param("newPassword", "a brand new password")
				.param("confirmation", "a brand new password")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("The current password is not correct.")
			.contains("id=\"currentPassword-error\"")
			.contains("aria-describedby=\"currentPassword-error\"")
			.doesNotContain("a brand new password");
		assertThat(passwordMatches(UserFixture.PASSWORD)).isTrue();
	}

	@Test
	void a_new_password_must_be_long_enough_and_confirmed() throws Exception {
		this.mvc
			.perform(post("/app/account/password").with(signedIn())
				.with(csrf())
				.param("currentPassword", UserFixture.PASSWORD)
				.param("newPassword", "too short")
				.param("confirmation", "something else")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Length must be between 12 and 200 characters.")))
			.andExpect(content().string(containsString("The two new passwords are not the same.")));

		assertThat(passwordMatches(UserFixture.PASSWORD)).isTrue();
	}

	@Test
	void the_password_changes_with_the_right_current_one() throws Exception {
		this.mvc
			.perform(post("/app/account/password").with(signedIn())
				.with(csrf())
				.param("currentPassword", UserFixture.PASSWORD)
				.param("newPassword", "a brand new password")
				.param("confirmation", "a brand new password"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));

		assertThat(passwordMatches("a brand new password")).isTrue();
	}

	@Test
	void a_created_token_is_shown_once_and_can_be_revoked() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/app/account/tokens").with(signedIn()).with(csrf()).param("name", "Spreadsheet"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/app/account#tokens"))
			.andReturn();
		String secret = (String) created.getFlashMap().get("createdTokenSecret");
		assertThat(secret).startsWith("mia_");
		assertThat(this.users.authenticateToken(secret)).isPresent();

		this.mvc.perform(
				get("/app/account").with(signedIn()).flashAttrs(created.getFlashMap()).header("Accept-Language", "en"))
			.andExpect(content().string(containsString(secret)))
			.andExpect(content().string(containsString("it is shown only once")));
		this.mvc.perform(get("/app/account").with(signedIn()))
			.andExpect(content().string(containsString("Spreadsheet")))
			.andExpect(content().string(not(containsString(secret))));

		long id = this.users.tokens(this.actor).get(0).id();
		this.mvc.perform(post("/app/account/tokens/{id}/revoke", id).with(signedIn()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(this.users.authenticateToken(secret)).isEmpty();
		assertThat(this.users.tokens(this.actor).get(0).active()).isFalse();
	}

	@Test
	void the_token_of_another_person_cannot_be_revoked_from_the_page() throws Exception {
		Actor other = UserFixture.registered(this.users, UserFixture.uniqueEmail("other"));
		long id = this.users.createToken(other, "theirs").id();

		this.mvc.perform(post("/app/account/tokens/{id}/revoke", id).with(signedIn()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.users.tokens(other).get(0).active()).isTrue();
	}

	@Test
	void forms_without_a_csrf_token_are_refused() throws Exception {
		this.mvc.perform(post("/app/account/tokens").with(signedIn()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn() {
		return user(UserFixture.principal(this.users, this.email));
	}

	private boolean passwordMatches(String password) {
		return this.passwordEncoder.matches(password, UserFixture.principal(this.users, this.email).getPassword());
	}

}
