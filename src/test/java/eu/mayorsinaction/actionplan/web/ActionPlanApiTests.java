package eu.mayorsinaction.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Plans and actions through the API as the demo's people, on Lavagna (supported by the
 * Genoa coordinator): CRUD, the plan against its target with hand-worked figures,
 * concurrent edits, bad input, and who may do what. Lavagna's BEI 1994 is used only here.
 */
@WebIntegrationTest
class ActionPlanApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final double EPS = 1e-6;

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * BEI 1994 of Lavagna (no local production, so EFE = the national 0.4 t/MWh):
	 * municipal natural gas 1,000 MWh × 0.202 = 202 t; residential electricity 2,000 MWh
	 * × 0.4 = 800 t; private transport diesel 10,000 MWh × 0.267 = 2,670 t; total 3,672
	 * t. Commitment 40 % absolute: needed 3,672 × 0.40 = 1,468.8 t/a.
	 * <ul>
	 * <li>M11: gas 500 MWh/a × 0.202 = 101 + electricity 250 MWh/a × 0.4 = 100 → 201
	 * t/a</li>
	 * <li>M113: PV 1,000 MWh/a × 0.4 = 400 t/a</li>
	 * <li>M32: entered 99 t/a</li>
	 * <li>M13: entered 1,000 t/a but CANCELLED → not counted</li>
	 * <li>expected 201 + 400 + 99 = 700; gap 1,468.8 − 700 = 768.8 t/a</li>
	 * <li>shares: M10 201 / 700 = 0.287142857; M110 400 / 700 = 0.571428571; M30 99 / 700
	 * = 0.141428571</li>
	 * <li>key sectors: M11 municipal, M32 transport (M113 none, M13 cancelled) → 2 of
	 * 4</li>
	 * </ul>
	 */
	@Test
	void a_plan_with_its_actions_against_the_target() throws Exception {
		long lavagna = signatory("Lavagna").id();
		long commitment = this.organisations
			.addCommitment(admin(), new SignatoryId(lavagna),
					new CommitmentData(Framework.COM_2030, LocalDate.of(2016, 3, 1), BigDecimal.valueOf(40), 2030,
							TargetKind.ABSOLUTE))
			.id();
		long bei = id(this.mvc
			.perform(post("/api/v1/signatories/" + lavagna + "/inventories").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "type": "BEI", "year": 1994, "approach": "IPCC", "unit": "CO2", "population": 12000,
						  "nationalElectricityFactor": 0.4,
						  "consumption": [
						    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
						    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
						    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
						"""))
			.andReturn()
			.getResponse());
		long plan = id(createPlan(lavagna, GENOA, plan("SECAP 2030", commitment, bei, null))
			.andExpect(jsonPath("$.kind").value("SECAP"))
			.andExpect(jsonPath("$.status").value("APPROVED_BY_COUNCIL"))
			.andExpect(jsonPath("$.approvalDate").value("2017-05-30"))
			.andExpect(jsonPath("$.version").value(0))
			.andReturn()
			.getResponse());
		createAction(lavagna, GENOA,
				action(plan, "M11", "ONGOING", "\"NATURAL_GAS\": 500, \"ELECTRICITY\": 250", null, null, null))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.field").value("M11"))
			.andExpect(jsonPath("$.savings.NATURAL_GAS").value(500.0));
		createAction(lavagna, GENOA, action(plan, "M113", "NOT_STARTED", "", 1000.0, null, null))
			.andExpect(status().isCreated());
		createAction(lavagna, GENOA, action(plan, "M32", "COMPLETED", "", null, 99.0, null))
			.andExpect(status().isCreated());
		createAction(lavagna, GENOA, action(plan, "M13", "CANCELLED", "", null, 1000.0, null))
			.andExpect(status().isCreated());

		String target = this.mvc.perform(get(plans(lavagna) + "/" + plan + "/target").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targetKind").value("ABSOLUTE"))
			.andExpect(jsonPath("$.keySectorsCovered", containsInAnyOrder("MUNICIPAL", "TRANSPORT")))
			.andExpect(jsonPath("$.keySectorsMet").value(true))
			.andExpect(jsonPath("$.actionsCounted").value(3))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(number(target, "$.beiTotal")).isCloseTo(3672.0, within(EPS));
		assertThat(number(target, "$.targetPercent")).isCloseTo(40.0, within(EPS));
		assertThat(number(target, "$.reductionNeeded")).isCloseTo(1468.8, within(EPS));
		assertThat(number(target, "$.expectedReduction")).isCloseTo(700.0, within(EPS));
		assertThat(number(target, "$.gap")).isCloseTo(768.8, within(EPS));
		assertThat(number(target, "$.shareByField.M10")).isCloseTo(0.287142857, within(1e-9));
		assertThat(number(target, "$.shareByField.M110")).isCloseTo(0.571428571, within(1e-9));
		assertThat(number(target, "$.shareByField.M30")).isCloseTo(0.141428571, within(1e-9));

		// filters: plan and field, plan and status
		this.mvc
			.perform(get(actions(lavagna)).param("plan", String.valueOf(plan))
				.param("field", "M113")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].renewableMwh").value(1000.0));
		this.mvc
			.perform(get(actions(lavagna)).param("plan", String.valueOf(plan))
				.param("status", "CANCELLED")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].field").value("M13"));

		// deleting the plan deletes its actions
		this.mvc.perform(delete(plans(lavagna) + "/" + plan).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(plans(lavagna) + "/" + plan).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(actions(lavagna)).param("plan", String.valueOf(plan)).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		assertThat(this.audit.history("ACTION_PLAN", plan)).extracting(AuditEntryView::action)
			.contains("CREATE", "DELETE");
	}

	@Test
	void a_plan_without_baseline_has_no_target_yet() throws Exception {
		long lavagna = signatory("Lavagna").id();
		long plan = id(createPlan(lavagna, GENOA, plan("No baseline yet", null, null, null)).andReturn().getResponse());
		this.mvc.perform(get(plans(lavagna) + "/" + plan + "/target").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("actionplan.target.noBaseline"));
	}

	@Test
	void a_stale_version_is_a_conflict_and_changes_nothing() throws Exception {
		long lavagna = signatory("Lavagna").id();
		long plan = id(createPlan(lavagna, GENOA, plan("Conflict plan", null, null, null)).andReturn().getResponse());
		this.mvc
			.perform(put(plans(lavagna) + "/" + plan).with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("Conflict plan, first edit", null, null, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		// a second person still holds version 0
		this.mvc
			.perform(put(plans(lavagna) + "/" + plan).with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(plan("Conflict plan, second edit", null, null, 0)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.editConflict"));
		this.mvc.perform(get(plans(lavagna) + "/" + plan).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$.title").value("Conflict plan, first edit"))
			.andExpect(jsonPath("$.version").value(1));

		long action = id(createAction(lavagna, GENOA, action(plan, "M12", "ONGOING", "", null, 5.0, null)).andReturn()
			.getResponse());
		this.mvc
			.perform(put(actions(lavagna) + "/" + action).with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(action(plan, "M12", "COMPLETED", "", null, 6.0, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		this.mvc
			.perform(put(actions(lavagna) + "/" + action).with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(action(plan, "M12", "POSTPONED", "", null, 7.0, 0)))
			.andExpect(status().isConflict());
		this.mvc.perform(get(actions(lavagna) + "/" + action).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.co2Reduction").value(6.0));
	}

	@Test
	void bad_input_names_the_fields_in_the_language_asked_and_stores_nothing() throws Exception {
		long lavagna = signatory("Lavagna").id();
		long plan = id(createPlan(lavagna, GENOA, plan("Bad input plan", null, null, null)).andReturn().getResponse());
		String bad = """
				{ "planId": %d, "fieldCode": "M99", "title": "Bad", "status": "ONGOING",
				  "startDate": "2025-06-01", "endDate": "2025-01-01", "estimatedCostEur": -1,
				  "savings": { "NATURAL_GAS": -5 } }
				""".formatted(plan);
		this.mvc
			.perform(post(actions(lavagna)).with(httpBasic(GENOA, PASSWORD))
				.header("Accept-Language", "it")
				.contentType(MediaType.APPLICATION_JSON)
				.content(bad))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field",
					containsInAnyOrder("fieldCode", "endDate", "estimatedCostEur", "savings.NATURAL_GAS")))
			.andExpect(jsonPath("$.fields[?(@.field == 'endDate')].message")
				.value(hasItem("La fine non può precedere l'inizio.")))
			.andExpect(jsonPath("$.fields[?(@.field == 'fieldCode')].message")
				.value(hasItem("M99 non è un codice di settore d'intervento del modello (M11 … M211).")));
		// a plan of nobody's and a blank title
		this.mvc.perform(post(actions(lavagna)).with(httpBasic(GENOA, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{ \"planId\": 987654321, \"fieldCode\": \"M11\", \"title\": \" \", \"status\": \"ONGOING\" }"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", containsInAnyOrder("planId", "title")));
		this.mvc.perform(post(plans(lavagna)).with(httpBasic(GENOA, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{ \"kind\": \"SECAP\", \"title\": \"\", \"status\": \"DRAFT\", \"beiInventoryId\": 987654321 }"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", containsInAnyOrder("title", "beiInventoryId")));
		this.mvc.perform(get(actions(lavagna)).param("plan", String.valueOf(plan)).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(plans(lavagna)).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$[*].title", not(hasItem(""))));
	}

	@Test
	void other_tenants_get_404_and_a_viewer_may_read_but_not_change() throws Exception {
		long lavagna = signatory("Lavagna").id();
		long plan = id(createPlan(lavagna, GENOA, plan("Private plan", null, null, null)).andReturn().getResponse());
		this.mvc.perform(get(plans(lavagna)).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(plans(lavagna) + "/" + plan).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		createPlan(lavagna, SABADELL_VIEWER, plan("Intruder", null, null, null)).andExpect(status().isNotFound());
		this.mvc.perform(get(actions(lavagna)).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());

		long sabadell = signatory("Sabadell").id();
		this.mvc.perform(get(plans(sabadell)).with(httpBasic(SABADELL_VIEWER, PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get(actions(sabadell)).with(httpBasic(SABADELL_VIEWER, PASSWORD))).andExpect(status().isOk());
		createPlan(sabadell, SABADELL_VIEWER, plan("Viewer plan", null, null, null)).andExpect(status().isForbidden());
	}

	private ResultActions createPlan(long signatory, String email, String body) throws Exception {
		return this.mvc.perform(post(plans(signatory)).with(httpBasic(email, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions createAction(long signatory, String email, String body) throws Exception {
		return this.mvc.perform(post(actions(signatory)).with(httpBasic(email, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String plan(String title, Long commitment, Long bei, Integer version) {
		return """
				{ "kind": "SECAP", "title": "%s", "commitmentId": %s, "approvalDate": "2017-05-30",
				  "approvingBody": "Consiglio comunale", "beiInventoryId": %s, "status": "APPROVED_BY_COUNCIL",
				  "version": %s }
				""".formatted(title, commitment, bei, version);
	}

	private static String action(long plan, String field, String status, String savings, Double renewable, Double co2,
			Integer version) {
		return """
				{ "planId": %d, "fieldCode": "%s", "title": "Action %s", "keyMeasure": true,
				  "responsible": "Ufficio tecnico", "startDate": "2020-01-01", "endDate": "2030-12-31",
				  "status": "%s", "estimatedCostEur": 100000, "savings": { %s }, "renewableMwh": %s,
				  "co2Reduction": %s, "benchmarkOfExcellence": false, "version": %s }
				""".formatted(plan, field, field, status, savings, renewable, co2, version);
	}

	private static long id(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	private static double number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).doubleValue();
	}

	private static String plans(long signatory) {
		return "/api/v1/signatories/" + signatory + "/plans";
	}

	private static String actions(long signatory) {
		return "/api/v1/signatories/" + signatory + "/actions";
	}

	private static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

	private SignatoryView signatory(String name) {
		return this.organisations.findSignatories(admin(), new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
