package eu.mayorsinaction.actionplan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action-plan pages as the Genoa coordinator uses them on a new municipality of its
 * own ({@link PagetownFixture}): the plan form and the plan against its target with
 * hand-worked figures, the register's filters and lateness, the all-or-nothing bulk
 * status change (page and API), bad input named at its fields, the conflict screen, and
 * who may do what.
 */
@WebIntegrationTest
class ActionPlanPagesTests {

	private static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	MiaUser genoa;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.genoa = PagetownFixture.principal(this.users, PagetownFixture.GENOA);
	}

	/**
	 * Plan linked to the fixture's BEI (3,672 t) and its 40 % absolute commitment: needed
	 * 3,672 × 0.40 = 1,468.8 t/a.
	 * <ul>
	 * <li>no actions: expected 0, gap 1,468.8</li>
	 * <li>M11 saving natural gas "1,000" MWh/a (typed in English) × 0.202 = 202 t/a</li>
	 * <li>M32 entered 98 t/a</li>
	 * <li>expected 202 + 98 = 300; gap 1,468.8 − 300 = 1,168.8 t/a</li>
	 * <li>shares: M10 202 / 300 = 67.3 %; M30 98 / 300 = 32.7 %</li>
	 * <li>key sectors: municipal (M11) and transport (M32) → 2 of 4, met</li>
	 * </ul>
	 */
	@Test
	void a_plan_made_with_the_forms_shows_its_target_and_the_gap_shrinks_with_its_actions() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		String base = "/app/signatories/" + town.id();
		this.mvc.perform(as(get(base))).andExpect(content().string(containsString(base + "/plans")));
		String location = this.mvc
			.perform(as(post(base + "/plans/new")).param("kind", "SECAP")
				.param("title", "Pagetown SECAP 2030")
				.param("commitmentId", String.valueOf(town.commitmentId))
				.param("approvalDate", "2017-05-30")
				.param("approvingBody", "Town council")
				.param("beiInventoryId", String.valueOf(town.beiId))
				.param("status", "APPROVED_BY_COUNCIL"))
			.andExpect(redirectedUrlPattern(base + "/plans/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(as(get(base + "/plans")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pagetown SECAP 2030")))
			.andExpect(content().string(containsString("BEI 2005")))
			.andExpect(content().string(containsString("Approved by the council")));
		this.mvc.perform(as(get(base + "/plans/" + plan)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reduction-needed\">1,468.8 t CO2/a<")))
			.andExpect(content().string(containsString("id=\"expected-reduction\">0 t CO2/a<")))
			.andExpect(content().string(containsString("id=\"gap\">1,468.8 t CO2/a<")))
			.andExpect(content().string(containsString("No reduction expected yet.")))
			.andExpect(content().string(containsString("only 0 of the 4 key sectors")));

		this.mvc
			.perform(as(post(base + "/actions/new")).param("planId", String.valueOf(plan))
				.param("fieldCode", "M11")
				.param("title", "Town hall boilers")
				.param("keyMeasure", "true")
				.param("responsible", "Energy office")
				.param("startDate", "2024-01-01")
				.param("endDate", "2027-12-31")
				.param("status", "ONGOING")
				.param("estimatedCostEur", "250,000")
				.param("savings.NATURAL_GAS", "1,000"))
			.andExpect(redirectedUrl(base + "/plans/" + plan));
		this.mvc
			.perform(as(post(base + "/actions/new")).param("planId", String.valueOf(plan))
				.param("fieldCode", "M32")
				.param("title", "Electric buses")
				.param("status", "NOT_STARTED")
				.param("co2Reduction", "98"))
			.andExpect(redirectedUrl(base + "/plans/" + plan));

		this.mvc.perform(as(get(base + "/plans/" + plan)))
			.andExpect(content().string(containsString("id=\"expected-reduction\">300 t CO2/a<")))
			.andExpect(content().string(containsString("id=\"gap\">1,168.8 t CO2/a<")))
			.andExpect(content().string(containsString(">67.3 %<")))
			.andExpect(content().string(containsString(">32.7 %<")))
			.andExpect(content().string(containsString("id=\"plan-chart\"")))
			.andExpect(content().string(containsString("2 of the 4 key sectors")))
			.andExpect(content().string(containsString("Town hall boilers")))
			.andExpect(content().string(containsString(base + "/actions/")));
		List<ActionView> stored = this.plans.actions(PagetownFixture.admin(), new SignatoryId(town.id()), plan, null,
				null);
		assertThat(stored).extracting(ActionView::title).containsExactly("Town hall boilers", "Electric buses");
		assertThat(stored.get(0).savings()).containsEntry(Carrier.NATURAL_GAS, 1000.0);
		assertThat(stored.get(0).estimatedCostEur()).isEqualTo(250000.0);

		// the register shows both with their expected reduction: 202 computed, 98 entered
		this.mvc.perform(as(get(base + "/actions")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 of 2 actions shown")))
			.andExpect(content().string(containsString(">202<")))
			.andExpect(content().string(containsString(">98<")));
	}

	/**
	 * A plan without BEI says why there is no target and links to the plan's form.
	 */
	@Test
	void a_plan_without_baseline_says_why_it_has_no_target() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView plan = plan(town, "Pagetown plan without BEI", null);
		String base = "/app/signatories/" + town.id();
		this.mvc.perform(as(get(base + "/plans/" + plan.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"target-unavailable\"")))
			.andExpect(content().string(containsString("The plan has no baseline inventory (BEI)")))
			.andExpect(content().string(containsString(base + "/plans/" + plan.id() + "/edit")));
	}

	/**
	 * A 40 % per-capita commitment on the fixture's BEI (3,672 t, 12,000 inhabitants:
	 * 0.306 t per inhabitant). With the BEI's population: 3,672 − 0.306 × 0.6 × 12,000 =
	 * 3,672 − 2,203.2 = 1,468.8 t/a. With a projected 15,000: 3,672 − 0.306 × 0.6 ×
	 * 15,000 = 3,672 − 2,754 = 918 t/a.
	 */
	@Test
	void a_per_capita_target_takes_a_projected_population_from_the_query() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		long perCapita = this.organisations.addCommitment(PagetownFixture.admin(), new SignatoryId(town.id()),
				new eu.mayorsinaction.organisation.CommitmentData(eu.mayorsinaction.organisation.Framework.COM_2030,
						LocalDate.of(2020, 3, 1), java.math.BigDecimal.valueOf(40), 2030,
						eu.mayorsinaction.organisation.TargetKind.PER_CAPITA))
			.id();
		PlanView plan = this.plans.createPlan(PagetownFixture.admin(), new SignatoryId(town.id()), new PlanData(
				PlanKind.SECAP, "Pagetown per capita", perCapita, null, null, town.beiId, PlanStatus.DRAFT, null));
		String page = "/app/signatories/" + town.id() + "/plans/" + plan.id();
		this.mvc.perform(as(get(page)))
			.andExpect(content().string(containsString("id=\"reduction-needed\">1,468.8 t CO2/a<")))
			.andExpect(content().string(containsString("the BEI&#39;s population of 12,000")));
		this.mvc.perform(as(get(page)).param("population", "15,000"))
			.andExpect(content().string(containsString("id=\"reduction-needed\">918 t CO2/a<")))
			.andExpect(content().string(containsString("projected population of 15,000")));
		this.mvc.perform(as(get(page)).param("population", "many"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"population-error\"")))
			.andExpect(content().string(containsString("Must be a whole number.")));
		this.mvc.perform(as(get(page)).param("population", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Must be a number of zero or more.")));
	}

	/**
	 * Today is after 2021 and before 2098 whenever this runs: "late" is the ONGOING
	 * action that ended in 2020; "starts late" the NOT_STARTED one that should have begun
	 * in 2021; the COMPLETED one of 2020 and the one starting in 2098 are neither.
	 */
	@Test
	void the_register_filters_by_plan_field_status_responsible_and_lateness() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView first = plan(town, "Pagetown first plan", town.beiId);
		PlanView second = plan(town, "Pagetown second plan", null);
		action(town, first, "M13", "Zeta insulation", "Housing", "2015-01-01", "2020-12-31", ActionStatus.ONGOING);
		action(town, first, "M31", "Alpha fleet", "Mobility", "2021-01-01", "2099-12-31", ActionStatus.NOT_STARTED);
		action(town, second, "M113", "Beta solar roofs", "Housing", "2015-01-01", "2020-06-30", ActionStatus.COMPLETED);
		action(town, second, "M32", "Gamma tram", "Mobility", "2098-01-01", "2099-06-30", ActionStatus.NOT_STARTED);
		String register = "/app/signatories/" + town.id() + "/actions";

		this.mvc.perform(as(get(register)))
			.andExpect(content().string(containsString("4 of 4 actions shown; 1 late, 1 starting late.")))
			// sorted by end date: Beta (2020-06), Zeta (2020-12), Gamma (2099-06), Alpha
			// (2099-12)
			.andExpect(content()
				.string(orderedTitles("Beta solar roofs", "Zeta insulation", "Gamma tram", "Alpha fleet")));
		this.mvc.perform(as(get(register)).param("sort", "title"))
			.andExpect(content()
				.string(orderedTitles("Alpha fleet", "Beta solar roofs", "Gamma tram", "Zeta insulation")));
		this.mvc.perform(as(get(register)).param("late", "late"))
			.andExpect(content().string(containsString("1 of 4 actions shown; 1 late, 0 starting late.")))
			.andExpect(content().string(containsString("Zeta insulation")))
			.andExpect(content().string(not(containsString("Alpha fleet"))));
		this.mvc.perform(as(get(register)).param("late", "startsLate"))
			.andExpect(content().string(containsString("1 of 4 actions shown")))
			.andExpect(content().string(containsString("Alpha fleet")));
		this.mvc.perform(as(get(register)).param("plan", String.valueOf(second.id())))
			.andExpect(content().string(containsString("2 of 4 actions shown")))
			.andExpect(content().string(not(containsString("Zeta insulation"))));
		this.mvc.perform(as(get(register)).param("main", "M30"))
			.andExpect(content().string(containsString("2 of 4 actions shown")))
			.andExpect(content().string(containsString("Gamma tram")))
			.andExpect(content().string(containsString("Alpha fleet")));
		this.mvc.perform(as(get(register)).param("field", "M113"))
			.andExpect(content().string(containsString("1 of 4 actions shown")));
		this.mvc.perform(as(get(register)).param("status", "COMPLETED"))
			.andExpect(content().string(containsString("1 of 4 actions shown")))
			.andExpect(content().string(containsString("Beta solar roofs")));
		this.mvc.perform(as(get(register)).param("responsible", "Mobility").param("status", "NOT_STARTED"))
			.andExpect(content().string(containsString("2 of 4 actions shown")))
			// the responsible picker offers the distinct values
			.andExpect(content().string(containsString("<option value=\"Housing\">Housing</option>")))
			.andExpect(content().string(containsString("<option value=\"Mobility\" selected=\"selected\">")));
	}

	@Test
	void a_bulk_status_change_is_all_or_nothing_on_the_page_and_in_the_api() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView plan = plan(town, "Pagetown bulk plan", null);
		ActionView one = action(town, plan, "M11", "Bulk one", "Office", "2024-01-01", "2030-12-31",
				ActionStatus.NOT_STARTED);
		ActionView two = action(town, plan, "M12", "Bulk two", "Office", "2024-01-01", "2030-12-31",
				ActionStatus.NOT_STARTED);
		// someone else changes "Bulk two" after the register was read (version 0 → 1)
		ActionView twoChanged = this.plans.updateAction(PagetownFixture.admin(), new SignatoryId(town.id()), two.id(),
				data(plan, "M12", "Bulk two", "Office", "2024-01-01", "2030-12-31", ActionStatus.POSTPONED, 0));
		String register = "/app/signatories/" + town.id() + "/actions";

		this.mvc
			.perform(as(post(register + "/status")).param("selected", one.id() + ":0", two.id() + ":0")
				.param("status", "ONGOING")
				.param("query", "status=NOT_STARTED"))
			.andExpect(redirectedUrl(register + "?status=NOT_STARTED"))
			.andExpect(flash().attribute("flashError", containsString("Nothing was changed")))
			.andExpect(flash().attribute("bulkChanged", List.of("Bulk two")));
		assertThat(stored(town, one).status()).isEqualTo(ActionStatus.NOT_STARTED);
		assertThat(stored(town, one).version()).isZero();
		assertThat(stored(town, two).status()).isEqualTo(ActionStatus.POSTPONED);

		this.mvc
			.perform(as(post(register + "/status"))
				.param("selected", one.id() + ":0", two.id() + ":" + twoChanged.version())
				.param("status", "ONGOING"))
			.andExpect(redirectedUrl(register))
			.andExpect(flash().attribute("flashSuccess", "2 actions set to Ongoing."));
		assertThat(stored(town, one).status()).isEqualTo(ActionStatus.ONGOING);
		assertThat(stored(town, two).status()).isEqualTo(ActionStatus.ONGOING);
		assertThat(this.audit.history("PLAN_ACTION", one.id())).extracting(AuditEntryView::action)
			.containsExactlyInAnyOrder("CREATE", "UPDATE");

		// the API: a stale version answers 409 naming the action and changes nothing
		String api = "/api/v1/signatories/" + town.id() + "/actions/status";
		this.mvc.perform(post(api).with(httpBasic(PagetownFixture.GENOA, PagetownFixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{ \"status\": \"COMPLETED\", \"actions\": [ { \"id\": %d, \"version\": 1 }, { \"id\": %d, \"version\": 0 } ] }"
						.formatted(one.id(), two.id())))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.editConflict"))
			.andExpect(jsonPath("$.errors[0].code").value("planpages.bulk.changedAction"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(two.id() + " (Bulk two)")));
		assertThat(stored(town, one).status()).isEqualTo(ActionStatus.ONGOING);
		this.mvc.perform(post(api).with(httpBasic(PagetownFixture.GENOA, PagetownFixture.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{ \"status\": \"COMPLETED\", \"actions\": [ { \"id\": %d, \"version\": 1 }, { \"id\": %d, \"version\": 2 } ] }"
						.formatted(one.id(), two.id())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("COMPLETED"))
			.andExpect(jsonPath("$[1].status").value("COMPLETED"));
		this.mvc
			.perform(post(api).with(httpBasic(PagetownFixture.GENOA, PagetownFixture.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"actions\": [] }"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void bad_input_is_named_at_its_fields_in_the_language_asked_the_input_is_kept_and_nothing_stored()
			throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView plan = plan(town, "Pagetown bad input plan", null);
		String base = "/app/signatories/" + town.id();
		this.mvc
			.perform(as(post(base + "/actions/new")).param("planId", String.valueOf(plan.id()))
				.param("fieldCode", "M99")
				.param("title", "Pagetown bad action")
				.param("startDate", "2025-06-01")
				.param("endDate", "2025-01-01")
				.param("status", "ONGOING")
				.param("estimatedCostEur", "-5")
				.param("savings.DIESEL", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"error-summary\"")))
			.andExpect(content().string(containsString("href=\"#endDate\"")))
			.andExpect(content().string(containsString("The end cannot be before the start.")))
			.andExpect(content().string(containsString("M99 is not a field-of-action code of the template")))
			.andExpect(content().string(containsString("id=\"estimatedCostEur-error\"")))
			.andExpect(content().string(containsString("id=\"savings-DIESEL-error\"")))
			.andExpect(content().string(containsString("Must be a number of zero or more.")))
			.andExpect(content().string(containsString("value=\"Pagetown bad action\"")))
			.andExpect(content().string(containsString("value=\"-5\"")));
		// in Italian, and a number that is not one
		this.mvc
			.perform(post(base + "/actions/new").with(user(this.genoa))
				.with(csrf())
				.cookie(new Cookie("mia-lang", "it"))
				.param("planId", String.valueOf(plan.id()))
				.param("fieldCode", "M11")
				.param("title", "Pagetown azione")
				.param("startDate", "2025-06-01")
				.param("endDate", "2025-01-01")
				.param("status", "ONGOING")
				.param("actualCostEur", "dodici"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Non è un numero")))
			.andExpect(content().string(containsString("id=\"actualCostEur-error\"")));
		this.mvc
			.perform(post(base + "/actions/new").with(user(this.genoa))
				.with(csrf())
				.cookie(new Cookie("mia-lang", "it"))
				.param("planId", String.valueOf(plan.id()))
				.param("fieldCode", "M11")
				.param("title", "Pagetown azione")
				.param("startDate", "2025-06-01")
				.param("endDate", "2025-01-01")
				.param("status", "ONGOING"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La fine non può precedere")));
		// a plan form with a title missing and a BEI id typed into the request
		this.mvc
			.perform(as(post(base + "/plans/new")).param("kind", "SECAP")
				.param("title", " ")
				.param("beiInventoryId", "987654321")
				.param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("This inventory does not exist for the signatory.")));
		this.mvc
			.perform(as(post(base + "/plans/new")).param("kind", "NOPE").param("title", "X").param("status", "DRAFT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not one of the choices offered.")));
		assertThat(this.plans.actions(PagetownFixture.admin(), new SignatoryId(town.id()), null, null, null)).isEmpty();
		assertThat(this.plans.plans(PagetownFixture.admin(), new SignatoryId(town.id()))).hasSize(1);
	}

	@Test
	void a_stale_edit_shows_the_conflict_screen_with_both_inputs_and_saving_mine_stores_it() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView plan = plan(town, "Pagetown conflict plan", null);
		ActionView action = action(town, plan, "M13", "Insulation", "Housing", "2024-01-01", "2030-12-31",
				ActionStatus.NOT_STARTED);
		String edit = "/app/signatories/" + town.id() + "/actions/" + action.id() + "/edit";
		this.mvc.perform(as(get(edit))).andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
		// someone else saves first
		this.plans.updateAction(PagetownFixture.admin(), new SignatoryId(town.id()), action.id(), data(plan, "M13",
				"Insulation (their title)", "Housing", "2024-01-01", "2030-12-31", ActionStatus.ONGOING, 0));
		this.mvc
			.perform(as(post(edit)).param("planId", String.valueOf(plan.id()))
				.param("fieldCode", "M13")
				.param("title", "Insulation (my title)")
				.param("responsible", "Housing")
				.param("startDate", "2024-01-01")
				.param("endDate", "2030-12-31")
				.param("status", "COMPLETED")
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("Insulation (their title)")))
			.andExpect(content().string(containsString("value=\"Insulation (my title)\"")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")))
			.andExpect(content().string(containsString("conflict-changed")))
			.andExpect(content().string(containsString("Save mine over it")));
		assertThat(stored(town, action).title()).isEqualTo("Insulation (their title)");
		this.mvc
			.perform(as(post(edit)).param("planId", String.valueOf(plan.id()))
				.param("fieldCode", "M13")
				.param("title", "Insulation (my title)")
				.param("responsible", "Housing")
				.param("startDate", "2024-01-01")
				.param("endDate", "2030-12-31")
				.param("status", "COMPLETED")
				.param("version", "1"))
			.andExpect(redirectedUrl("/app/signatories/" + town.id() + "/plans/" + plan.id()));
		assertThat(stored(town, action).title()).isEqualTo("Insulation (my title)");
		assertThat(stored(town, action).status()).isEqualTo(ActionStatus.COMPLETED);

		// the plan form too
		String planEdit = "/app/signatories/" + town.id() + "/plans/" + plan.id() + "/edit";
		this.plans.updatePlan(PagetownFixture.admin(), new SignatoryId(town.id()), plan.id(), new PlanData(
				PlanKind.SECAP, "Their plan title", null, null, null, null, PlanStatus.DRAFT, plan.version()));
		this.mvc
			.perform(as(post(planEdit)).param("kind", "SEAP")
				.param("title", "My plan title")
				.param("status", "DRAFT")
				.param("version", String.valueOf(plan.version())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("Their plan title")))
			.andExpect(content().string(containsString("value=\"My plan title\"")));
	}

	@Test
	void another_municipality_gets_404_and_a_viewer_may_read_but_not_change() throws Exception {
		PagetownFixture town = PagetownFixture.create(this.mvc, this.organisations, this.users);
		PlanView plan = plan(town, "Pagetown private plan", town.beiId);
		ActionView action = action(town, plan, "M11", "Private action", "Office", "2024-01-01", "2030-12-31",
				ActionStatus.NOT_STARTED);
		String base = "/app/signatories/" + town.id();
		MiaUser sabadell = PagetownFixture.principal(this.users, PagetownFixture.SABADELL_VIEWER);
		for (String path : List.of(base + "/plans", base + "/plans/" + plan.id(), base + "/actions",
				base + "/plans/new", base + "/actions/new", base + "/actions/" + action.id() + "/edit")) {
			this.mvc.perform(get(path).with(user(sabadell)).cookie(ENGLISH))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString("Private action"))));
		}
		this.mvc
			.perform(post(base + "/actions/status").with(user(sabadell))
				.with(csrf())
				.param("selected", action.id() + ":0")
				.param("status", "CANCELLED"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(base + "/actions/" + action.id() + "/edit").with(user(sabadell))
				.with(csrf())
				.param("title", "Taken over"))
			.andExpect(status().isNotFound());

		MiaUser viewer = town.viewer(this.users);
		this.mvc.perform(get(base + "/plans/" + plan.id()).with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Private action")))
			.andExpect(content().string(not(containsString("id=\"edit-plan\""))));
		this.mvc.perform(get(base + "/actions").with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"bulk-apply\""))));
		this.mvc.perform(get(base + "/plans/new").with(user(viewer))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(base + "/actions/status").with(user(viewer))
				.with(csrf())
				.param("selected", action.id() + ":0")
				.param("status", "CANCELLED"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(base + "/plans/new").with(user(viewer))
				.with(csrf())
				.param("kind", "SECAP")
				.param("title", "Viewer plan")
				.param("status", "DRAFT"))
			.andExpect(status().isForbidden());
		assertThat(stored(town, action).status()).isEqualTo(ActionStatus.NOT_STARTED);
		assertThat(this.plans.plans(PagetownFixture.admin(), new SignatoryId(town.id()))).hasSize(1);
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user(this.genoa)).with(csrf()).cookie(ENGLISH);
	}

	private PlanView plan(PagetownFixture town, String title, Long bei) {
		return this.plans.createPlan(PagetownFixture.admin(), new SignatoryId(town.id()),
				new PlanData(PlanKind.SECAP, title, town.commitmentId, null, null, bei, PlanStatus.DRAFT, null));
	}

	private ActionView action(PagetownFixture town, PlanView plan, String field, String title, String responsible,
			String start, String end, ActionStatus status) {
		return this.plans.createAction(PagetownFixture.admin(), new SignatoryId(town.id()),
				data(plan, field, title, responsible, start, end, status, null));
	}

	private static ActionData data(PlanView plan, String field, String title, String responsible, String start,
			String end, ActionStatus status, Integer version) {
		return new ActionData(plan.id(), field, title, false, responsible, LocalDate.parse(start), LocalDate.parse(end),
				status, null, null, Map.of(), null, 10.0, false, version);
	}

	private ActionView stored(PagetownFixture town, ActionView action) {
		Actor admin = PagetownFixture.admin();
		return this.plans.action(admin, new SignatoryId(town.id()), action.id());
	}

	/** The register's titles appear in this order. */
	private static org.hamcrest.Matcher<String> orderedTitles(String... titles) {
		return org.hamcrest.Matchers
			.stringContainsInOrder(java.util.Arrays.stream(titles).map((t) -> ">" + t + "</a>").toList());
	}

}
