package eu.mayorsinaction.audit;

import java.time.LocalDate;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.PageResult;
import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.audit.AuditTestSupport.ADMIN;
import static eu.mayorsinaction.audit.AuditTestSupport.BARCELONA;
import static eu.mayorsinaction.audit.AuditTestSupport.ENGLISH;
import static eu.mayorsinaction.audit.AuditTestSupport.GENOA;
import static eu.mayorsinaction.audit.AuditTestSupport.GENOA_ORGANISATION;
import static eu.mayorsinaction.audit.AuditTestSupport.actor;
import static eu.mayorsinaction.audit.AuditTestSupport.genoaSignatory;
import static eu.mayorsinaction.audit.AuditTestSupport.organisationId;
import static eu.mayorsinaction.audit.AuditTestSupport.principal;
import static eu.mayorsinaction.audit.AuditTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit trail as admins browse it (page and API, with every filter) and the history
 * of one object for the people who may see it.
 */
@WebIntegrationTest
class AuditWebTests {

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

	/**
	 * A fresh signatory of Genoa's, created and then given a new region by its
	 * coordinator.
	 */
	record Edited(SignatoryView signatory, String region) {
	}

	Edited createAndEdit(String prefix) {
		SignatoryView created = genoaSignatory(this.organisations, this.users, unique(prefix));
		String region = unique("Riviera");
		SignatoryData data = created.toData();
		this.organisations.updateSignatory(actor(this.users, GENOA), new SignatoryId(created.id()),
				new SignatoryData(data.name(), data.country(), region, data.population(), data.populationYear(),
						data.populationSource(), data.areaKm2(), data.latitude(), data.longitude(), data.adhesionDate(),
						data.status(), data.jointPlanGroup(), data.illustrative(), data.version()));
		return new Edited(created, region);
	}

	@Test
	void every_filter_of_the_trail_narrows_what_the_admin_finds() {
		Edited edited = createAndEdit("Camogli");
		String name = edited.signatory().name();
		Actor admin = actor(this.users, ADMIN);
		long coordinator = principal(this.users, GENOA).id();
		LocalDate today = LocalDate.now();

		PageResult<AuditEntryView> byName = find(admin, null, null, null, null, null, name);
		assertThat(byName.items()).extracting(AuditEntryView::action).containsExactly("UPDATE", "CREATE");
		assertThat(byName.items()).allSatisfy((e) -> assertThat(e.actorUserId()).isEqualTo(coordinator));

		AuditEntryView update = find(admin, "UPDATE", null, null, null, null, name).items().get(0);
		assertThat(update.changes()).containsExactly(new AuditEntryView.Change("region", "Liguria", edited.region()));
		assertThat(find(admin, "CREATE", "SIGNATORY", null, null, null, name).items()).hasSize(1);
		assertThat(find(admin, null, "ORGANISATION", null, null, null, name).items()).isEmpty();

		assertThat(find(admin, null, null, String.valueOf(coordinator), null, null, name).items()).hasSize(2);
		assertThat(find(admin, null, null, String.valueOf(coordinator + 100_000), null, null, name).items()).isEmpty();
		assertThat(find(admin, null, null, "nobody by this name", null, null, name).items()).isEmpty();

		assertThat(find(admin, null, null, null, today.minusDays(1), today.plusDays(1), name).items()).hasSize(2);
		assertThat(find(admin, null, null, null, today.plusDays(1), null, name).items()).isEmpty();
		assertThat(find(admin, null, null, null, null, today.minusDays(1), name).items()).isEmpty();

		// Free text finds values too, and takes % and _ literally.
		assertThat(find(admin, null, null, null, null, null, edited.region()).items())
			.extracting(AuditEntryView::action)
			.containsExactly("UPDATE");
		assertThat(find(admin, null, null, null, null, null, "%" + name.substring(1)).items()).isEmpty();

		PageResult<AuditEntryView> firstPage = this.audit.find(admin, AuditQuery.all(), 0, 1);
		assertThat(firstPage.items()).hasSize(1);
		assertThat(firstPage.totalItems()).isGreaterThanOrEqualTo(2);

		assertThat(this.audit.actions(admin)).contains("CREATE", "UPDATE");
		assertThat(this.audit.objectTypes(admin)).contains("SIGNATORY");
		Actor coordinatorActor = actor(this.users, GENOA);
		assertThatThrownBy(() -> this.audit.find(coordinatorActor, AuditQuery.all(), 0, 10))
			.isInstanceOf(Forbidden.class);
	}

	PageResult<AuditEntryView> find(Actor admin, String action, String objectType, String person, LocalDate from,
			LocalDate to, String text) {
		return this.audit.find(admin, new AuditQuery(action, objectType, null, null, from, to, text, person), 0, 50);
	}

	@Test
	void the_audit_page_shows_translated_actions_links_and_values_before_and_after() throws Exception {
		Edited edited = createAndEdit("Portofino");
		MiaUser admin = principal(this.users, ADMIN);
		this.mvc
			.perform(get("/app/admin/audit").param("q", edited.signatory().name())
				.param("action", "UPDATE")
				.with(user(admin))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Audit trail</h1>")))
			.andExpect(content().string(containsString("1 results")))
			.andExpect(content().string(containsString(">Changed</td>")))
			.andExpect(content().string(containsString("href=\"/app/signatories/" + edited.signatory().id() + "\"")))
			.andExpect(content().string(containsString(">Liguria</span>")))
			.andExpect(content().string(containsString(">" + edited.region() + "</span>")))
			.andExpect(content().string(containsString(">Region</dt>")));
		this.mvc.perform(get("/app/admin/audit").param("from", "not a date").with(user(admin)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/app/admin/audit").with(user(principal(this.users, GENOA))))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_api_gives_the_filtered_trail_to_platform_admins_only() throws Exception {
		Edited edited = createAndEdit("Bogliasco");
		this.mvc
			.perform(get("/api/v1/audit").param("q", edited.signatory().name())
				.with(httpBasic(ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2))
			.andExpect(jsonPath("$.items[0].action").value("UPDATE"))
			.andExpect(jsonPath("$.items[0].before.region").value("Liguria"))
			.andExpect(jsonPath("$.items[0].after.region").value(edited.region()))
			.andExpect(jsonPath("$.items[1].action").value("CREATE"));
		this.mvc
			.perform(get("/api/v1/audit").param("q", edited.signatory().name())
				.param("action", "CREATE")
				.param("objectType", "SIGNATORY")
				.param("signatoryId", String.valueOf(edited.signatory().id()))
				.with(httpBasic(ADMIN, DemoAccounts.PASSWORD)))
			.andExpect(jsonPath("$.totalItems").value(1));
		this.mvc.perform(get("/api/v1/audit").with(httpBasic(GENOA, DemoAccounts.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void the_history_of_a_signatory_or_organisation_is_for_those_who_may_see_it() throws Exception {
		Edited edited = createAndEdit("Sestri");
		long id = edited.signatory().id();
		long genoa = organisationId(this.organisations, GENOA_ORGANISATION);

		this.mvc.perform(get("/app/signatories/" + id).with(user(principal(this.users, GENOA))).cookie(ENGLISH))
			.andExpect(content().string(containsString("href=\"/app/signatories/" + id + "/history\"")));
		this.mvc
			.perform(
					get("/app/signatories/" + id + "/history").with(user(principal(this.users, GENOA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("History of " + edited.signatory().name())))
			.andExpect(content().string(containsString(">" + edited.region() + "</span>")))
			.andExpect(content().string(containsString(">Created</td>")));
		this.mvc
			.perform(get("/app/signatories/" + id + "/history").with(user(principal(this.users, BARCELONA)))
				.cookie(ENGLISH))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(edited.region()))));

		this.mvc.perform(get("/api/v1/signatories/" + id + "/history").with(httpBasic(GENOA, DemoAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[0].after.region").value(edited.region()));
		this.mvc
			.perform(get("/api/v1/signatories/" + id + "/history").with(httpBasic(BARCELONA, DemoAccounts.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		this.mvc
			.perform(get("/app/organisations/" + genoa + "/history").with(user(principal(this.users, GENOA)))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("History of " + GENOA_ORGANISATION)));
		this.mvc.perform(get("/app/organisations/" + genoa + "/history").with(user(principal(this.users, BARCELONA))))
			.andExpect(status().isNotFound());
	}

}
