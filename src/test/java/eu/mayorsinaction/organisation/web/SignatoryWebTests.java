package eu.mayorsinaction.organisation.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Signatories through the API and the pages, as the demo's people: who sees what,
 * validation answers, concurrent edits and the all-or-nothing CSV import.
 */
@WebIntegrationTest
class SignatoryWebTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String BARCELONA = "staff.barcelona@demo.mayorsinaction.eu";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	/**
	 * The Genoa coordinator prefers Italian; the picker's cookie makes the page English
	 * for these assertions.
	 */
	private static final jakarta.servlet.http.Cookie ENGLISH = new jakarta.servlet.http.Cookie("mia-lang", "en");

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	eu.mayorsinaction.audit.AuditManagement audit;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_coordinator_lists_only_the_signatories_its_organisation_supports() throws Exception {
		this.mvc.perform(get("/api/v1/signatories?size=200").with(httpBasic(GENOA, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name", hasItem("Chiavari")))
			.andExpect(jsonPath("$.items[*].name", not(hasItem("Sabadell"))))
			.andExpect(jsonPath("$.items[*].country", not(hasItem("ES"))));
		this.mvc.perform(get("/app/signatories").with(user(principal(GENOA))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chiavari")))
			.andExpect(content().string(not(containsString("Sabadell"))));
	}

	@Test
	void a_municipal_viewer_sees_its_signatory_but_may_not_change_it() throws Exception {
		SignatoryView sabadell = signatory("Sabadell");
		this.mvc
			.perform(
					get("/api/v1/signatories/" + sabadell.id()).with(httpBasic(SABADELL_VIEWER, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Sabadell"));
		this.mvc
			.perform(put("/api/v1/signatories/" + sabadell.id()).with(httpBasic(SABADELL_VIEWER, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"Sabadell\",\"country\":\"ES\",\"status\":\"ACTIVE\",\"version\":"
						+ sabadell.version() + "}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("error.forbidden"));
		this.mvc.perform(get("/app/signatories/" + sabadell.id() + "/edit").with(user(principal(SABADELL_VIEWER))))
			.andExpect(status().isForbidden());
	}

	@Test
	void invalid_input_answers_with_translated_field_errors_and_stores_nothing() throws Exception {
		long before = this.organisations.findSignatories(admin(), SignatoryQuery.all(), 0, 1).totalItems();
		this.mvc
			.perform(post("/api/v1/signatories?supportedBy=" + organisationId("Province of Barcelona"))
				.with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"\",\"country\":\"XX\",\"population\":0,\"status\":\"ACTIVE\","
						+ "\"adhesionDate\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.validation"))
			.andExpect(jsonPath("$.fields[*].field", hasItem("name")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("country")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("population")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("adhesionDate")))
			.andExpect(jsonPath("$.fields[?(@.field == 'country')].message",
					hasItem("Must be a two-letter ISO 3166 country code, such as IT or GR.")));
		this.mvc
			.perform(post("/api/v1/signatories").with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.badRequest"));
		this.mvc
			.perform(post("/api/v1/signatories").with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"country\":\"ES\",\"status\":\"NOPE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.validation"))
			.andExpect(jsonPath("$.fields[0].field").value("status"))
			.andExpect(jsonPath("$.fields[0].message").value("Not a valid value."));
		this.mvc
			.perform(post("/api/v1/signatories").with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"X\",\"country\":\"ES\",\"status\":\"ACTIVE\",\"population\":\"many\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("population"));
		assertThat(this.organisations.findSignatories(admin(), SignatoryQuery.all(), 0, 1).totalItems())
			.isEqualTo(before);
	}

	@Test
	void a_coordinator_registers_a_signatory_for_its_own_organisation_only() throws Exception {
		String name = "Testville " + UUID.randomUUID();
		this.mvc
			.perform(post("/api/v1/signatories?supportedBy=" + organisationId("Metropolitan City of Genoa"))
				.with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"country\":\"ES\",\"status\":\"ACTIVE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("supportedBy"));
		this.mvc
			.perform(post("/api/v1/signatories?supportedBy=" + organisationId("Province of Barcelona"))
				.with(httpBasic(BARCELONA, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"name\":\"" + name + "\",\"country\":\"ES\",\"population\":1200,\"status\":\"ACTIVE\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value(name))
			.andExpect(jsonPath("$.version").value(0));
		this.mvc.perform(get("/api/v1/signatories?q=" + name).with(httpBasic(GENOA, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	@Test
	void a_concurrent_edit_is_detected_and_the_later_input_is_kept_in_the_form() throws Exception {
		SignatoryView lavagna = signatory("Lavagna");
		String form = "name=Lavagna&country=IT&status=ACTIVE&population=" + lavagna.population() + "&version="
				+ lavagna.version();
		this.mvc
			.perform(post("/app/signatories/" + lavagna.id() + "/edit").with(user(principal(GENOA)))
				.with(csrf())
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form + "&region=First+edit"))
			.andExpect(redirectedUrlPattern("/app/signatories/*"));
		this.mvc
			.perform(post("/app/signatories/" + lavagna.id() + "/edit").with(user(principal(GENOA)))
				.with(csrf())
				.cookie(ENGLISH)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form + "&region=Stale+edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stale edit")))
			.andExpect(content().string(containsString("Someone else changed this record")));
		assertThat(signatory("Lavagna").region()).isEqualTo("First edit");
	}

	@Test
	void a_value_that_cannot_be_read_is_explained_and_the_rest_of_the_form_is_kept() throws Exception {
		this.mvc
			.perform(post("/app/signatories/new").with(user(principal(GENOA)))
				.with(csrf())
				.cookie(ENGLISH)
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("name=Bogliasco&country=IT&status=ACTIVE&population=many&supportedBy="
						+ organisationId("Metropolitan City of Genoa")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Bogliasco\"")))
			.andExpect(content().string(containsString("Must be a whole number.")));
	}

	@Test
	void a_csv_import_with_one_bad_row_stores_nothing_and_a_clean_one_stores_all() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String bad = "name,country,population\nAlpha " + suffix + ",ES,100\nBeta " + suffix + ",ES,none\n";
		long barcelona = organisationId("Province of Barcelona");
		this.mvc
			.perform(multipart("/api/v1/signatories/import")
				.file(new MockMultipartFile("file", "s.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8)))
				.param("supportedBy", String.valueOf(barcelona))
				.param("commit", "true")
				.with(httpBasic(BARCELONA, DemoAccounts.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("signatory.import.rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].field").value("population"));
		assertThat(
				this.organisations.findSignatories(admin(), new SignatoryQuery(suffix, null, null, null, null), 0, 10)
					.totalItems())
			.isZero();

		String good = "name,country,population\nAlpha " + suffix + ",ES,100\nBeta " + suffix + ",ES,200\n";
		this.mvc
			.perform(multipart("/api/v1/signatories/import")
				.file(new MockMultipartFile("file", "s.csv", "text/csv", good.getBytes(StandardCharsets.UTF_8)))
				.param("supportedBy", String.valueOf(barcelona))
				.param("commit", "true")
				.with(httpBasic(BARCELONA, DemoAccounts.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.count").value(2));
		assertThat(
				this.organisations.findSignatories(admin(), new SignatoryQuery(suffix, null, null, null, null), 0, 10)
					.totalItems())
			.isEqualTo(2);
	}

	@Test
	void a_renewal_becomes_the_current_commitment_and_the_old_one_stays() throws Exception {
		SignatoryView chiavari = signatory("Chiavari");
		this.mvc
			.perform(post("/api/v1/signatories/" + chiavari.id() + "/commitments")
				.with(httpBasic(CHIAVARI_EDITOR, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"framework\":\"COM_2050\",\"councilDecisionDate\":\"2024-02-01\",\"targetPercent\":55,"
						+ "\"targetYear\":2030,\"targetKind\":\"PER_CAPITA\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.current").value(true));
		this.mvc
			.perform(get("/api/v1/signatories/" + chiavari.id() + "/commitments")
				.with(httpBasic(CHIAVARI_EDITOR, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$[0].framework").value("COM_2050"))
			.andExpect(jsonPath("$[0].current").value(true))
			.andExpect(jsonPath("$[1].current").value(false));
		assertThat(this.audit.historyOfSignatory(chiavari.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("CREATE");
			assertThat(entry.objectType()).isEqualTo("COMMITMENT");
			assertThat(entry.after()).containsEntry("framework", "COM_2050").containsEntry("targetPercent", "55");
		});
		this.mvc
			.perform(post("/api/v1/signatories/" + chiavari.id() + "/commitments")
				.with(httpBasic(CHIAVARI_EDITOR, DemoAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"framework\":\"COM_2050\",\"councilDecisionDate\":\"2024-02-01\",\"targetPercent\":120,"
						+ "\"targetYear\":2030,\"targetKind\":\"ABSOLUTE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("targetPercent"));
	}

	@Test
	void pages_speak_the_language_asked_for() throws Exception {
		this.mvc.perform(get("/login").header("Accept-Language", "nl-BE,nl;q=0.9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"nl\"")));
		this.mvc.perform(get("/login").param("lang", "el"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lang=\"el\"")));
	}

	private SignatoryView signatory(String name) {
		return this.organisations.findSignatories(admin(), new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private long organisationId(String name) {
		return this.organisations.findOrganisations(admin(), name, null, 0, 10).items().get(0).id();
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private static Actor admin() {
		return new Actor(null, true, java.util.Set.of(), java.util.Set.of(), java.util.Set.of(), java.util.Set.of());
	}

}
