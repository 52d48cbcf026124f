package eu.mayorsinaction.audit;

import java.util.List;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserId;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.audit.AuditTestSupport.CHIAVARI_EDITOR;
import static eu.mayorsinaction.audit.AuditTestSupport.ENGLISH;
import static eu.mayorsinaction.audit.AuditTestSupport.GENOA;
import static eu.mayorsinaction.audit.AuditTestSupport.admin;
import static eu.mayorsinaction.audit.AuditTestSupport.genoaSignatory;
import static eu.mayorsinaction.audit.AuditTestSupport.organisationId;
import static eu.mayorsinaction.audit.AuditTestSupport.principal;
import static eu.mayorsinaction.audit.AuditTestSupport.signatory;
import static eu.mayorsinaction.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Viewing the platform as a municipality: the person's rights narrow to that one
 * signatory (never widen), a banner shows on every page, each visit and each change made
 * during it is in the audit trail, and municipal users cannot do it at all.
 */
@WebIntegrationTest
class ViewAsTests {

	private static final String BANNER = "You are viewing the platform as ";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_coordinator_viewing_as_a_municipality_sees_only_it_under_a_banner_and_comes_back() throws Exception {
		SignatoryView viewed = genoaSignatory(this.organisations, this.users, unique("Sori"));
		SignatoryView rapallo = signatory(this.organisations, "Rapallo");
		MiaUser genoa = principal(this.users, GENOA);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/app/signatories/" + viewed.id()).with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("action=\"/app/view-as/" + viewed.id() + "\"")))
			.andExpect(content().string(not(containsString(BANNER))));

		this.mvc.perform(post("/app/view-as/" + viewed.id()).with(user(genoa)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app"));

		this.mvc.perform(get("/app").with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(BANNER + viewed.name())))
			.andExpect(content().string(containsString("action=\"/app/view-as/stop\"")));
		this.mvc.perform(get("/app/signatories?size=200").with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(viewed.name())))
			.andExpect(content().string(not(containsString(">Rapallo<"))))
			.andExpect(content().string(not(containsString(">Chiavari<"))));
		// Another municipality the coordinator supports is out of sight while viewing as.
		this.mvc.perform(get("/app/signatories/" + rapallo.id()).with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString(BANNER + viewed.name())));
		this.mvc.perform(get("/app/admin/audit").with(user(genoa)).session(session)).andExpect(status().isForbidden());
		// No second view-as from inside one.
		this.mvc.perform(get("/app/signatories/" + viewed.id()).with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(content().string(not(containsString("action=\"/app/view-as/" + viewed.id() + "\""))));

		this.mvc.perform(post("/app/view-as/stop").with(user(genoa)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app/signatories/" + viewed.id()));
		this.mvc.perform(get("/app/signatories/" + rapallo.id()).with(user(genoa)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(BANNER))));

		List<AuditEntryView> history = this.audit.historyOfSignatory(viewed.id());
		assertThat(history).extracting(AuditEntryView::action)
			.startsWith(AuditManagement.VIEW_AS_ENDED, AuditManagement.VIEW_AS_STARTED);
		assertThat(history.subList(0, 2)).allSatisfy((entry) -> {
			assertThat(entry.actorUserId()).isEqualTo(genoa.id());
			assertThat(entry.objectType()).isEqualTo("SIGNATORY");
			assertThat(entry.objectId()).isEqualTo(viewed.id());
			assertThat(entry.objectLabel()).isEqualTo(viewed.name());
			assertThat(entry.viewingAsSignatoryId()).as("the visit itself is recorded in the person's own right")
				.isNull();
		});
	}

	@Test
	void signing_out_while_viewing_as_records_the_end_of_the_visit() throws Exception {
		SignatoryView viewed = genoaSignatory(this.organisations, this.users, unique("Bogliasco"));
		MiaUser genoa = principal(this.users, GENOA);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/app/view-as/" + viewed.id()).with(user(genoa)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app"));

		this.mvc.perform(post("/logout").with(user(genoa)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/?signedOut"));

		List<AuditEntryView> history = this.audit.historyOfSignatory(viewed.id());
		assertThat(history).extracting(AuditEntryView::action)
			.startsWith(AuditManagement.VIEW_AS_ENDED, AuditManagement.VIEW_AS_STARTED);
		assertThat(history.get(0).detail()).isEqualTo("signed-out");
		assertThat(history.get(0).actorUserId()).isEqualTo(genoa.id());
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void signing_out_without_viewing_as_records_no_visit() throws Exception {
		SignatoryView other = genoaSignatory(this.organisations, this.users, unique("Pieve Ligure"));
		MiaUser genoa = principal(this.users, GENOA);
		int before = this.audit.historyOfSignatory(other.id()).size();

		this.mvc.perform(post("/logout").with(user(genoa)).with(csrf()).session(new MockHttpSession()))
			.andExpect(redirectedUrl("/?signedOut"));

		assertThat(this.audit.historyOfSignatory(other.id())).hasSize(before)
			.extracting(AuditEntryView::action)
			.doesNotContain(AuditManagement.VIEW_AS_ENDED);
	}

	@Test
	void a_change_made_while_viewing_as_is_recorded_under_the_coordinator_and_marked() throws Exception {
		SignatoryView viewed = genoaSignatory(this.organisations, this.users, unique("Recco"));
		MiaUser genoa = principal(this.users, GENOA);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/app/view-as/" + viewed.id()).with(user(genoa)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app"));
		String region = unique("Golfo Paradiso");
		this.mvc
			.perform(post("/app/signatories/" + viewed.id() + "/edit").with(user(genoa))
				.with(csrf())
				.session(session)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("name", viewed.name())
				.param("country", "IT")
				.param("status", "ACTIVE")
				.param("region", region)
				.param("population", "5000")
				.param("populationYear", "2021")
				.param("version", String.valueOf(viewed.version())))
			.andExpect(redirectedUrl("/app/signatories/" + viewed.id()));

		AuditEntryView update = this.audit.historyOfSignatory(viewed.id())
			.stream()
			.filter((e) -> "UPDATE".equals(e.action()))
			.findFirst()
			.orElseThrow();
		assertThat(update.actorUserId()).isEqualTo(genoa.id());
		assertThat(update.viewingAsSignatoryId()).isEqualTo(viewed.id());
		assertThat(update.viewingAsName()).isEqualTo(viewed.name());
		assertThat(update.changes()).containsExactly(new AuditEntryView.Change("region", "Liguria", region));

		MiaUser admin = principal(this.users, AuditTestSupport.ADMIN);
		this.mvc.perform(get("/app/admin/audit").param("q", region).with(user(admin)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("while viewing as " + viewed.name())))
			.andExpect(content().string(containsString(region)));
	}

	@Test
	void a_viewer_role_gains_no_right_to_edit_while_viewing_as() throws Exception {
		// A supporter's staff member who also holds a viewer role on a municipality that
		// their organisation does not support.
		SignatoryView viewed = this.organisations.createSignatory(admin(), new SignatoryData(unique("Lerici"), "IT",
				"Liguria", 10000, 2021, null, null, null, null, null, SignatoryStatus.ACTIVE, null, false, null), null);
		long cres = organisationId(this.organisations, "CRES");
		String email = "viewer-staff-" + java.util.UUID.randomUUID().toString().substring(0, 8)
				+ "@test.mayorsinaction.eu";
		UserView person = this.users.register(new NewUser(email, "Viewer and staff", "en", "correct horse battery",
				false, Role.ORGANISATION_STAFF, cres, null));
		this.users.grantRole(admin(), new UserId(person.id()), Role.SIGNATORY_VIEWER, viewed.id());
		MiaUser principal = principal(this.users, email);
		MockHttpSession session = new MockHttpSession();

		this.mvc.perform(post("/app/view-as/" + viewed.id()).with(user(principal)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app"));
		this.mvc.perform(get("/app/signatories/" + viewed.id()).with(user(principal)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(BANNER + viewed.name())))
			.andExpect(content().string(not(containsString("/app/signatories/" + viewed.id() + "/edit"))));
		this.mvc.perform(get("/app/signatories/" + viewed.id() + "/edit").with(user(principal)).session(session))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/app/signatories/" + viewed.id() + "/edit").with(user(principal))
				.with(csrf())
				.session(session)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("name", viewed.name())
				.param("country", "IT")
				.param("status", "ACTIVE")
				.param("region", "Should not be saved")
				.param("version", String.valueOf(viewed.version())))
			.andExpect(status().isForbidden());
		assertThat(signatory(this.organisations, viewed.name()).region()).isEqualTo("Liguria");
	}

	@Test
	void a_municipal_user_cannot_view_as_any_municipality() throws Exception {
		SignatoryView chiavari = signatory(this.organisations, "Chiavari");
		SignatoryView sabadell = signatory(this.organisations, "Sabadell");
		MiaUser editor = principal(this.users, CHIAVARI_EDITOR);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get("/app/signatories/" + chiavari.id()).with(user(editor)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/app/view-as/"))));
		this.mvc.perform(post("/app/view-as/" + chiavari.id()).with(user(editor)).with(csrf()).session(session))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/app/view-as/" + sabadell.id()).with(user(editor)).with(csrf()).session(session))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/app").with(user(editor)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(BANNER))));
		assertThat(this.audit.historyOfSignatory(chiavari.id()))
			.filteredOn((e) -> AuditManagement.VIEW_AS_STARTED.equals(e.action()))
			.extracting(AuditEntryView::actorUserId)
			.doesNotContain(editor.id());
	}

	@Test
	void a_visit_ends_by_itself_when_the_person_loses_their_role() throws Exception {
		SignatoryView viewed = genoaSignatory(this.organisations, this.users, unique("Zoagli"));
		long genoaOrganisation = organisationId(this.organisations, AuditTestSupport.GENOA_ORGANISATION);
		String email = "genoa-staff-" + java.util.UUID.randomUUID().toString().substring(0, 8)
				+ "@test.mayorsinaction.eu";
		UserView person = this.users.register(new NewUser(email, "Genoa staff", "en", "correct horse battery", false,
				Role.ORGANISATION_STAFF, genoaOrganisation, null));
		MiaUser principal = principal(this.users, email);
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(post("/app/view-as/" + viewed.id()).with(user(principal)).with(csrf()).session(session))
			.andExpect(redirectedUrl("/app"));
		this.mvc.perform(get("/app").with(user(principal)).session(session).cookie(ENGLISH))
			.andExpect(content().string(containsString(BANNER + viewed.name())));

		this.users.revokeRole(admin(), new UserId(person.id()), Role.ORGANISATION_STAFF, genoaOrganisation);

		this.mvc.perform(get("/app").with(user(principal)).session(session).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(BANNER))));
		this.mvc.perform(get("/app/signatories/" + viewed.id()).with(user(principal)).session(session))
			.andExpect(status().isNotFound());
		AuditEntryView ended = this.audit.historyOfSignatory(viewed.id()).get(0);
		assertThat(ended.action()).isEqualTo(AuditManagement.VIEW_AS_ENDED);
		assertThat(ended.actorUserId()).isEqualTo(person.id());
		assertThat(ended.detail()).isEqualTo("access-lost");
	}

}
