package eu.mayorsinaction.user;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class AdminUserPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	OrganisationManagement organisations;

	MockMvc mvc;

	Actor admin;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.admin = UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).actor();
	}

	@Test
	void a_platform_admin_sees_every_account_with_its_roles() throws Exception {
		this.mvc.perform(get("/app/admin/users").with(asAdmin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("coordinator.genoa@demo.mayorsinaction.eu")))
			.andExpect(content().string(containsString("Signatory viewer: Sabadell")))
			.andExpect(content().string(containsString("Platform administrator")));
	}

	@Test
	void other_people_cannot_open_the_account_pages() throws Exception {
		RequestPostProcessor coordinator = user(
				UserFixture.principal(this.users, "coordinator.genoa@demo.mayorsinaction.eu"));
		this.mvc.perform(get("/app/admin/users").with(coordinator)).andExpect(status().isForbidden());
		this.mvc.perform(get("/app/admin/users/new").with(coordinator)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/app/admin/users/new").with(coordinator)
				.with(csrf())
				.param("email", UserFixture.uniqueEmail("x"))
				.param("displayName", "X")
				.param("preferredLanguage", "en")
				.param("password", UserFixture.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_new_account_form_offers_organisations_and_signatories() throws Exception {
		this.mvc.perform(get("/app/admin/users/new").with(asAdmin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Metropolitan City of Genoa")))
			.andExpect(content().string(containsString("Chiavari (IT)")))
			.andExpect(content().string(containsString("Organisation staff member")));
	}

	@Test
	void an_admin_creates_an_account_with_a_first_role() throws Exception {
		String email = UserFixture.uniqueEmail("staff");
		OrganisationView organisation = anOrganisation();

		this.mvc
			.perform(post("/app/admin/users/new").with(asAdmin())
				.with(csrf())
				.param("email", email)
				.param("displayName", "New staff member")
				.param("preferredLanguage", "it")
				.param("password", UserFixture.PASSWORD)
				.param("role", "ORGANISATION_STAFF")
				.param("organisationId", String.valueOf(organisation.id()))
				.param("signatoryId", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));

		MiaUser created = UserFixture.principal(this.users, email);
		assertThat(created.preferredLanguage()).isEqualTo("it");
		assertThat(created.actor().memberOrganisationIds()).containsExactly(organisation.id());
		assertThat(created.actor().platformAdmin()).isFalse();
	}

	@Test
	void a_duplicate_email_is_shown_on_the_email_field() throws Exception {
		String email = UserFixture.uniqueEmail("dup");
		this.users.register(UserFixture.person(email));

		MvcResult result = this.mvc
			.perform(post("/app/admin/users/new").with(asAdmin())
				.with(csrf())
				.param("email", email)
				.param("displayName", "Second try")
				.param("preferredLanguage", "en")
				.param("password", UserFixture.PASSWORD)
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"email-error\"")
			.contains("An account with this email address exists already.")
			.contains("aria-describedby=\"email-error\"")
			.contains("value=\"Second try\"");
	}

	@Test
	void invalid_fields_and_a_missing_role_target_are_field_errors() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/app/admin/users/new").with(asAdmin())
				.with(csrf())
				.param("email", "not an email")
				.param("displayName", "")
				.param("preferredLanguage", "xx")
				.param("password", "short")
				.param("role", "SIGNATORY_EDITOR")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andReturn();

		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("id=\"email-error\"")
			.contains("id=\"displayName-error\"")
			.contains("id=\"preferredLanguage-error\"")
			.contains("id=\"password-error\"")
			.contains("id=\"signatoryId-error\"")
			.contains("Not a valid email address.")
			.contains("This language is not supported.")
			.doesNotContain("id=\"organisationId-error\"");
	}

	@Test
	void a_target_that_is_not_a_number_is_a_field_error_and_the_form_keeps_its_input() throws Exception {
		this.mvc
			.perform(post("/app/admin/users/new").with(asAdmin())
				.with(csrf())
				.param("email", UserFixture.uniqueEmail("tampered"))
				.param("displayName", "Kept name")
				.param("preferredLanguage", "en")
				.param("password", UserFixture.PASSWORD)
				.param("role", "ORGANISATION_ADMIN")
				.param("organisationId", "abc")
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"organisationId-error\"")))
			.andExpect(content().string(containsString("Must be a whole number.")))
			.andExpect(content().string(containsString("value=\"Kept name\"")));
	}

	@Test
	void an_admin_grants_and_revokes_a_role_and_disables_an_account() throws Exception {
		String email = UserFixture.uniqueEmail("roles");
		long id = this.users.register(UserFixture.person(email)).id();
		SignatoryView signatory = aSignatory();

		this.mvc
			.perform(post("/app/admin/users/{id}/roles", id).with(asAdmin())
				.with(csrf())
				.param("role", "SIGNATORY_VIEWER")
				.param("signatoryId", String.valueOf(signatory.id())))
			.andExpect(status().is3xxRedirection());
		assertThat(UserFixture.principal(this.users, email).actor().viewableSignatoryIds())
			.containsExactly(signatory.id());
		this.mvc.perform(get("/app/admin/users/{id}", id).with(asAdmin()).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(signatory.name())));

		this.mvc
			.perform(post("/app/admin/users/{id}/roles", id).with(asAdmin())
				.with(csrf())
				.param("role", "SIGNATORY_EDITOR")
				.param("signatoryId", String.valueOf(signatory.id()))
				.header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("holds a role on this organisation or signatory already")));

		this.mvc
			.perform(post("/app/admin/users/{id}/roles/remove", id).with(asAdmin())
				.with(csrf())
				.param("role", "SIGNATORY_VIEWER")
				.param("target", String.valueOf(signatory.id())))
			.andExpect(status().is3xxRedirection());
		assertThat(UserFixture.principal(this.users, email).actor().viewableSignatoryIds()).isEmpty();

		this.mvc
			.perform(post("/app/admin/users/{id}/enabled", id).with(asAdmin()).with(csrf()).param("enabled", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(UserFixture.principal(this.users, email).isEnabled()).isFalse();
		assertThat(this.users.currentActor(id).isAuthenticated()).isFalse();
	}

	@Test
	void an_admin_cannot_disable_their_own_account() throws Exception {
		this.mvc
			.perform(post("/app/admin/users/{id}/enabled", this.admin.userId()).with(asAdmin())
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashError"));
		assertThat(UserFixture.principal(this.users, UserFixture.DEMO_ADMIN).isEnabled()).isTrue();
	}

	@Test
	void an_unknown_account_is_not_found() throws Exception {
		this.mvc.perform(get("/app/admin/users/{id}", 999_999).with(asAdmin())).andExpect(status().isNotFound());
	}

	private RequestPostProcessor asAdmin() {
		return user(UserFixture.principal(this.users, UserFixture.DEMO_ADMIN));
	}

	private OrganisationView anOrganisation() {
		return this.organisations.findOrganisations(this.admin, "Genoa", null, 0, 1).items().get(0);
	}

	private SignatoryView aSignatory() {
		return this.organisations.findSignatories(this.admin, SignatoryQuery.all(), 0, 1).items().get(0);
	}

}
