package eu.mayorsinaction.actionplan.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.ReportData;
import eu.mayorsinaction.monitoring.ReportType;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserId;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Deleting an action or a plan from the pages, as the Genoa coordinator (staff of the
 * supporting organisation, who may edit) does it on a Deleteville municipality of its
 * own: the confirmation names what goes with it, the deletion takes the details with it
 * (rows gone from the detail tables), a stale version deletes nothing, a plan with a
 * submitted edition is refused (page and API), and who may do what.
 */
@WebIntegrationTest
class PlanDeletionPagesTests {

	private static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	private static final Cookie GERMAN = new Cookie("mia-lang", "de");

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	ActionDetails details;

	@Autowired
	PlanVersions versions;

	@Autowired
	MonitoringReports reports;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	MiaUser genoa;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.genoa = PagetownFixture.principal(this.users, PagetownFixture.GENOA);
	}

	@Test
	void the_confirmation_names_the_action_its_plan_and_what_goes_with_it_and_deleting_takes_it_all() throws Exception {
		DeletevilleFixture town = fixture("Deleteville SECAP 2030");
		ActionView depot = town.action("Deleteville bus depot retrofit", 120, 250000);
		town.details(depot.id());
		ActionView lamps = town.action("Deleteville street lamps", 30, 80000);
		this.details.addMilestone(town.genoa, town.signatory, lamps.id(),
				new eu.mayorsinaction.actionplan.MilestoneData("Lamps ordered", LocalDate.of(2025, 5, 1), null, null,
						false, null));
		String base = "/app/signatories/" + town.id();
		String confirm = base + "/actions/" + depot.id() + "/delete";

		this.mvc.perform(as(get(base + "/actions/" + depot.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + confirm + "\"")))
			.andExpect(content().string(containsString("Delete this action")));

		// Evidence: 1,536 bytes / 1,024 = 1.5 kB. Cost 250,000 EUR; reduction 120 t CO2/a
		// as entered.
		this.mvc.perform(as(get(confirm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete the action “Deleteville bus depot retrofit”?")))
			.andExpect(content().string(containsString("SECAP: Deleteville SECAP 2030")))
			.andExpect(content().string(containsString("250,000 EUR")))
			.andExpect(content().string(containsString("120 t CO2/a")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-stakeholders\">1<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-milestones\">2<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-budget-lines\">1<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-indicators\">1<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-indicator-values\">2<")))
			.andExpect(content().string(containsString(
					"class=\"col-sm-8 scope-evidence\">1 (1.5 kB; the files&#39; content is deleted too)<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-comments\">1<")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + depot.version() + "\"")))
			.andExpect(content().string(containsString("name=\"_csrf\"")));

		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", String.valueOf(depot.version())))
			.andExpect(redirectedUrl(base + "/actions"))
			.andExpect(flash().attribute("flashSuccess", "The action “Deleteville bus depot retrofit” was deleted."));

		for (String table : new String[] { "action_stakeholder", "action_milestone", "action_budget_line",
				"action_indicator", "action_evidence", "action_comment", "plan_action_saving" }) {
			assertThat(count("select count(*) from " + table + " where action_id = :id", depot.id())).as(table)
				.isZero();
		}
		assertThat(count("select count(*) from action_indicator_value where signatory_id = :id", town.id())).isZero();
		assertThat(count("select count(*) from plan_action where id = :id", depot.id())).isZero();
		// the other action of the plan keeps its milestone
		assertThat(count("select count(*) from action_milestone where action_id = :id", lamps.id())).isEqualTo(1);
		this.mvc.perform(as(get(base + "/actions")))
			.andExpect(content().string(allOf(not(containsString("Deleteville bus depot retrofit")),
					containsString("Deleteville street lamps"))));
	}

	@Test
	void a_stale_version_deletes_nothing_and_shows_the_action_as_it_is_now() throws Exception {
		DeletevilleFixture town = fixture("Deleteville SEAP");
		ActionView depot = town.action("Deleteville depot", 40, 1000);
		String confirm = "/app/signatories/" + town.id() + "/actions/" + depot.id() + "/delete";
		this.mvc.perform(as(get(confirm))).andExpect(content().string(containsString("Not started")));
		// someone else starts the action meanwhile: version 0 → 1
		this.plans.updateStatuses(town.genoa, town.signatory, Map.of(depot.id(), depot.version()),
				ActionStatus.ONGOING);

		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"Someone else changed this action since you opened this page, so it was not deleted.")))
			.andExpect(content().string(containsString("class=\"col-sm-8 fact-status\">Ongoing<")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		assertThat(count("select count(*) from plan_action where id = :id", depot.id())).isEqualTo(1);

		this.mvc.perform(post(confirm).with(user(this.genoa)).cookie(GERMAN).with(csrf()).param("version", "0"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"Jemand anderes hat diese Maßnahme geändert, seit Sie diese Seite geöffnet haben; sie wurde daher nicht gelöscht.")))
			.andExpect(content().string(containsString("class=\"col-sm-8 fact-status\">Laufend<")));
		// a post without the version read deletes nothing either
		this.mvc.perform(as(post(confirm)).with(csrf())).andExpect(status().isConflict());
		assertThat(count("select count(*) from plan_action where id = :id", depot.id())).isEqualTo(1);

		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", "1"))
			.andExpect(redirectedUrl("/app/signatories/" + town.id() + "/actions"));
		assertThat(count("select count(*) from plan_action where id = :id", depot.id())).isZero();
	}

	@Test
	void a_plan_goes_with_its_actions_and_the_reports_that_named_it_stay() throws Exception {
		DeletevilleFixture town = fixture("Deleteville plan made by mistake");
		ActionView depot = town.action("Deleteville depot", 40, 1000);
		town.details(depot.id());
		town.action("Deleteville lamps", 10, 500);
		long report = this.reports
			.create(town.genoa, town.signatory,
					new ReportData(ReportType.ACTION_REPORT, "Deleteville action report", town.plan, null, null, null))
			.id();
		String base = "/app/signatories/" + town.id();
		String confirm = base + "/plans/" + town.plan + "/delete";

		this.mvc.perform(as(get(base + "/plans/" + town.plan)))
			.andExpect(content().string(containsString("href=\"" + confirm + "\"")));
		// 2 actions; the details are those of the depot (DeletevilleFixture.details)
		this.mvc.perform(as(get(confirm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Delete the plan “Deleteville plan made by mistake”?")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-actions\">2<")))
			.andExpect(content().string(containsString("class=\"col-sm-8 scope-milestones\">2<")))
			.andExpect(content().string(containsString("Deleteville lamps")))
			.andExpect(content().string(containsString(
					"Monitoring reports that name this plan: 1. The reports are kept; they will no longer name a plan.")));

		// a version other than the one stored (0) deletes nothing
		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", "7"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"Someone else changed this plan since you opened this page, so it was not deleted.")));
		assertThat(count("select count(*) from plan_action where plan_id = :id", town.plan)).isEqualTo(2);

		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", "0"))
			.andExpect(redirectedUrl(base + "/plans"))
			.andExpect(flash().attribute("flashSuccess",
					"The plan “Deleteville plan made by mistake” was deleted with its actions."));
		assertThat(count("select count(*) from action_plan where id = :id", town.plan)).isZero();
		assertThat(count("select count(*) from plan_action where signatory_id = :id", town.id())).isZero();
		assertThat(count("select count(*) from action_milestone where signatory_id = :id", town.id())).isZero();
		assertThat(count("select count(*) from action_evidence where signatory_id = :id", town.id())).isZero();
		assertThat(count("select count(*) from monitoring_report where id = :id and plan_id is null", report))
			.isEqualTo(1);
	}

	@Test
	void a_plan_with_a_submitted_edition_is_not_deleted_on_the_page_nor_by_the_api() throws Exception {
		DeletevilleFixture town = fixture("Deleteville submitted SECAP");
		town.action("Deleteville depot", 40, 1000);
		ActionView lamps = town.action("Deleteville lamps", 10, 500);
		this.versions.submit(town.genoa, town.signatory, town.plan, LocalDate.of(2018, 1, 15), 0);
		// An action of a submitted plan may go: edition 1 keeps it as submitted.
		String confirmLamps = "/app/signatories/" + town.id() + "/actions/" + lamps.id() + "/delete";
		this.mvc.perform(as(get(confirmLamps)))
			.andExpect(content().string(containsString(
					"Edition 1 of the plan was submitted to the Covenant: it keeps this action as it was submitted.")));
		this.mvc.perform(as(post(confirmLamps)).with(csrf()).param("version", String.valueOf(lamps.version())))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from plan_action where id = :id", lamps.id())).isZero();
		assertThat(this.versions.frozenText(town.genoa, town.signatory, town.plan, 1)).contains("Deleteville lamps");
		String confirm = "/app/signatories/" + town.id() + "/plans/" + town.plan + "/delete";
		String refused = "Edition 1 of this plan was submitted to the Covenant. A submitted edition is the record of what was sent, so the plan cannot be deleted.";

		this.mvc.perform(as(get(confirm)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(refused)))
			.andExpect(content().string(not(containsString("id=\"delete-form\""))));
		this.mvc.perform(as(post(confirm)).with(csrf()).param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(refused)));
		this.mvc.perform(post(confirm).with(user(this.genoa)).cookie(GERMAN).with(csrf()).param("version", "1"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString(
					"Ausgabe 1 dieses Plans wurde beim Konvent eingereicht. Eine eingereichte Ausgabe belegt, was übermittelt wurde; daher kann der Plan nicht gelöscht werden.")));

		String api = "/api/v1/signatories/" + town.id() + "/plans/" + town.plan;
		this.mvc
			.perform(delete(api).with(httpBasic(PagetownFixture.GENOA, PagetownFixture.PASSWORD))
				.header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("planpages.delete.planSubmitted"))
			.andExpect(jsonPath("$.detail").value(refused));
		this.mvc
			.perform(delete(api).with(httpBasic(PagetownFixture.GENOA, PagetownFixture.PASSWORD))
				.header("Accept-Language", "fr"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"L'édition 1 de ce plan a été soumise à la Convention. Une édition soumise est la trace de ce qui a été envoyé : le plan ne peut donc pas être supprimé."));
		assertThat(count("select count(*) from action_plan where id = :id", town.plan)).isEqualTo(1);
		assertThat(count("select count(*) from plan_action where plan_id = :id", town.plan)).isEqualTo(1);
	}

	@Test
	void a_viewer_gets_no_buttons_and_403_another_municipality_404() throws Exception {
		DeletevilleFixture town = fixture("Deleteville guarded plan");
		ActionView depot = town.action("Deleteville guarded depot", 40, 1000);
		String base = "/app/signatories/" + town.id();
		MiaUser viewer = viewer(town);

		this.mvc.perform(get(base + "/actions/" + depot.id()).with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/delete\""))));
		this.mvc.perform(get(base + "/plans/" + town.plan).with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"delete-plan\""))));
		for (String path : new String[] { base + "/actions/" + depot.id() + "/delete",
				base + "/plans/" + town.plan + "/delete" }) {
			this.mvc.perform(get(path).with(user(viewer))).andExpect(status().isForbidden());
			this.mvc.perform(post(path).with(user(viewer)).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
		}
		MiaUser sabadell = PagetownFixture.principal(this.users, PagetownFixture.SABADELL_VIEWER);
		for (String path : new String[] { base + "/actions/" + depot.id() + "/delete",
				base + "/plans/" + town.plan + "/delete" }) {
			this.mvc.perform(get(path).with(user(sabadell))).andExpect(status().isNotFound());
			this.mvc.perform(post(path).with(user(sabadell)).with(csrf()).param("version", "0"))
				.andExpect(status().isNotFound());
		}
		// without the CSRF token nothing happens either
		this.mvc.perform(as(post(base + "/actions/" + depot.id() + "/delete")).param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from plan_action where id = :id", depot.id())).isEqualTo(1);
		assertThat(count("select count(*) from action_plan where id = :id", town.plan)).isEqualTo(1);
	}

	private DeletevilleFixture fixture(String planTitle) {
		return DeletevilleFixture.create(this.organisations, this.users, this.plans, this.details, planTitle);
	}

	private MiaUser viewer(DeletevilleFixture town) {
		String email = "deleteville-viewer-" + java.util.UUID.randomUUID().toString().substring(0, 8)
				+ "@test.mayorsinaction.eu";
		UserView person = this.users
			.register(new NewUser(email, "Deleteville viewer", "en", "correct horse battery", false, null, null, null));
		this.users.grantRole(PagetownFixture.admin(), new UserId(person.id()), Role.SIGNATORY_VIEWER, town.id());
		return PagetownFixture.principal(this.users, email);
	}

	private long count(String sql, long id) {
		return this.jdbc.sql(sql).param("id", id).query(Long.class).single();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user(this.genoa)).cookie(ENGLISH);
	}

}
