package eu.mayorsinaction.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The schedule, extensions and the report workflow through the API, on a new signatory
 * supported by the Genoa coordinator ("Monitorhaven …", one per test) with its own
 * municipal officer.
 */
@WebIntegrationTest
class MonitoringApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	MockMvc mvc;

	long signatory;

	String officer;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganisationView genoa = this.organisations.findOrganisations(admin, "Metropolitan City of Genoa", null, 0, 5)
			.items()
			.get(0);
		this.signatory = this.organisations
			.createSignatory(admin,
					new SignatoryData("Monitorhaven " + suffix, "IT", "Liguria", 10_000, 2021, null, null, null, null,
							LocalDate.of(2010, 3, 15), SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(genoa.id()))
			.id();
		this.organisations.addCommitment(admin, new SignatoryId(this.signatory), new CommitmentData(Framework.COM_2020,
				LocalDate.of(2010, 3, 15), BigDecimal.valueOf(20), 2020, TargetKind.ABSOLUTE));
		this.officer = "officer." + suffix + "@example.org";
		this.users.createUser(admin, new NewUser(this.officer, "Monitorhaven officer", "en", PASSWORD, false,
				Role.SIGNATORY_EDITOR, null, this.signatory));
	}

	/**
	 * Adhesion 2010-03-15 under COM_2020 (SEAP, 1 year): the plan was due 2011-03-15 and
	 * nothing is submitted, so today (2026) it is missed; extending it to 2012-03-15
	 * moves the date in force, the original stays.
	 */
	@Test
	void the_schedule_and_an_extension_asked_by_the_coordinator() throws Exception {
		this.mvc.perform(get(base() + "/schedule").with(httpBasic(this.officer, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadlines", hasSize(1)))
			.andExpect(jsonPath("$.deadlines[0].kind").value("PLAN"))
			.andExpect(jsonPath("$.deadlines[0].framework").value("COM_2020"))
			.andExpect(jsonPath("$.deadlines[0].dueDate").value("2011-03-15"))
			.andExpect(jsonPath("$.deadlines[0].state").value("MISSED"))
			.andExpect(jsonPath("$.next.dueDate").value("2011-03-15"));
		String schedule = this.mvc.perform(get(base() + "/schedule").with(httpBasic(GENOA, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long commitment = ((Number) JsonPath.read(schedule, "$.deadlines[0].commitmentId")).longValue();

		// Bad input: a date before the deadline, no reason — 400 naming both, nothing
		// stored.
		this.mvc
			.perform(post(base() + "/schedule/extensions").with(httpBasic(GENOA, PASSWORD))
				.header("Accept-Language", "it")
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "commitmentId": %d, "kind": "PLAN", "number": 1, "newDate": "2011-01-01", "reason": " " }
						""".formatted(commitment)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("newDate")))
			.andExpect(jsonPath("$.fields[*].message",
					hasItem("La nuova data deve essere successiva a quella in vigore (2011-03-15).")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("reason")));
		this.mvc
			.perform(post(base() + "/schedule/extensions").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "commitmentId": %d, "kind": "MEI", "number": 1, "newDate": "2016-01-01", "reason": "x" }
						""".formatted(commitment)))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(base() + "/schedule").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$.extensions", hasSize(0)));

		this.mvc
			.perform(post(base() + "/schedule/extensions").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "commitmentId": %d, "kind": "PLAN", "number": 1, "newDate": "2012-03-15",
						  "reason": "Council elections in spring 2011" }
						""".formatted(commitment)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.originalDate").value("2011-03-15"))
			.andExpect(jsonPath("$.onBehalf").value(true));
		this.mvc.perform(get(base() + "/schedule").with(httpBasic(this.officer, PASSWORD)))
			.andExpect(jsonPath("$.deadlines[0].originalDate").value("2011-03-15"))
			.andExpect(jsonPath("$.deadlines[0].dueDate").value("2012-03-15"))
			.andExpect(jsonPath("$.deadlines[0].extended").value(true))
			.andExpect(jsonPath("$.extensions[0].reason").value("Council elections in spring 2011"));

		// Another municipality's viewer sees nothing of it.
		this.mvc.perform(get(base() + "/schedule").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	/**
	 * A plan with three actions in three key sectors, all Benchmarks of Excellence: the
	 * check passes; the officer submits, cannot approve the report themself, the
	 * coordinator returns it with a comment and approves it after the resubmission, and
	 * the officer records the submission to the Covenant.
	 */
	@Test
	void the_report_workflow_from_draft_to_the_covenant() throws Exception {
		long plan = planWithActions(3);
		long report = id(postJson(base() + "/reports", this.officer, """
				{ "type": "ACTION_REPORT", "title": "Action Report 2013", "planId": %d }
				""".formatted(plan)));
		this.mvc.perform(get(base() + "/reports/" + report + "/check").with(httpBasic(this.officer, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.passed").value(true))
			.andExpect(jsonPath("$.items", hasSize(6)));

		step(report, "submit", this.officer, 0, null, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED_TO_COORDINATOR"))
			.andExpect(jsonPath("$.actions", hasSize(3)));
		// The municipality may not approve its own report.
		step(report, "approve", this.officer, 1, null, null).andExpect(status().isForbidden())
			.andExpect(
					jsonPath("$.detail").value("Only the signatory's coordinator can approve or return its report."));
		// Returning needs a comment.
		step(report, "return", GENOA, 1, " ", null).andExpect(status().isBadRequest());
		step(report, "return", GENOA, 1, "Add the actual cost of the LED retrofit.", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.coordinatorComment").value("Add the actual cost of the LED retrofit."));
		// A stale version is a conflict; nothing changes.
		step(report, "submit", this.officer, 1, null, null).andExpect(status().isConflict());
		step(report, "submit", this.officer, 2, null, null).andExpect(status().isOk());
		// Recording the Covenant submission before the approval is not allowed.
		step(report, "covenant-submission", this.officer, 3, null, "2013-01-20").andExpect(status().isConflict());
		step(report, "approve", GENOA, 3, null, null).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		step(report, "covenant-submission", this.officer, 4, null, "2999-01-01").andExpect(status().isBadRequest());
		step(report, "covenant-submission", this.officer, 4, null, "2013-01-20").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED_TO_COVENANT"))
			.andExpect(jsonPath("$.covenantSubmissionDate").value("2013-01-20"));

		this.mvc.perform(get(base() + "/reports/" + report).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	/**
	 * Two Benchmarks of Excellence only: the check fails on that item and submitting
	 * answers 400.
	 */
	@Test
	void submitting_with_a_failing_check_is_refused_and_changes_nothing() throws Exception {
		long plan = planWithActions(2);
		long report = id(postJson(base() + "/reports", this.officer, """
				{ "type": "FULL_REPORT", "title": "Full Report 2015", "planId": %d }
				""".formatted(plan)));
		this.mvc.perform(get(base() + "/reports/" + report + "/check").with(httpBasic(this.officer, PASSWORD)))
			.andExpect(jsonPath("$.passed").value(false))
			.andExpect(jsonPath("$.items[?(@.criterion == 'BENCHMARKS')].reason").value(hasItem("tooFew")))
			.andExpect(jsonPath("$.items[?(@.criterion == 'COMPLETENESS')].reason").value(hasItem("meiMissing")))
			.andExpect(jsonPath("$.items[?(@.criterion == 'PLAN_APPROVED')].passed").value(hasItem(true)));
		step(report, "submit", this.officer, 0, null, null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The report cannot be submitted yet: 2 check(s) fail."))
			.andExpect(jsonPath("$.errors[*].message",
					hasItem("Only 2 actions are flagged Benchmarks of Excellence; at least 3 are needed.")));
		this.mvc.perform(get(base() + "/reports/" + report).with(httpBasic(this.officer, PASSWORD)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.actions", not(hasItem("x"))));
	}

	/**
	 * A BEI 2005 covering municipal (gas), residential (electricity) and private
	 * transport (diesel): 3 of 4 key sectors; a council-approved plan; actions in M11,
	 * M13, M33 — the first {@code benchmarks} of them Benchmarks of Excellence.
	 */
	private long planWithActions(int benchmarks) throws Exception {
		long bei = id(postJson(base() + "/inventories", GENOA, """
				{ "type": "BEI", "year": 2005, "approach": "IPCC", "unit": "CO2", "population": 10000,
				  "nationalElectricityFactor": 0.4,
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
				"""));
		long plan = id(postJson(base() + "/plans", this.officer,
				"""
						{ "kind": "SEAP", "title": "SEAP 2020", "approvalDate": "2011-01-25", "approvingBody": "Consiglio comunale",
						  "beiInventoryId": %d, "status": "APPROVED_BY_COUNCIL" }
						"""
					.formatted(bei)));
		String[] fields = { "M11", "M13", "M33" };
		for (int i = 0; i < fields.length; i++) {
			id(postJson(base() + "/actions", this.officer, """
					{ "planId": %d, "fieldCode": "%s", "title": "Action %s", "keyMeasure": true, "status": "ONGOING",
					  "savings": { "ELECTRICITY": 100 }, "benchmarkOfExcellence": %s }
					""".formatted(plan, fields[i], fields[i], i < benchmarks)));
		}
		return plan;
	}

	private ResultActions step(long report, String step, String who, int version, String comment, String date)
			throws Exception {
		return this.mvc.perform(post(base() + "/reports/" + report + "/" + step).with(httpBasic(who, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{ \"version\": %d, \"comment\": %s, \"date\": %s }".formatted(version,
					(comment != null) ? "\"" + comment + "\"" : "null", (date != null) ? "\"" + date + "\"" : "null")));
	}

	private MockHttpServletResponse postJson(String url, String who, String json) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.with(httpBasic(who, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json))
			.andReturn()
			.getResponse();
	}

	private String base() {
		return "/api/v1/signatories/" + this.signatory;
	}

	private static long id(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

}
