package eu.mayorsinaction.actionplan.web;

import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanComparison;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanVersionFixture;
import eu.mayorsinaction.actionplan.PlanVersionFixture.Made;
import eu.mayorsinaction.actionplan.PlanVersionPanel;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.actionplan.PlanVersionFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submitting a plan to the Covenant through the API as the Genoa coordinator, on a
 * Versionville signatory of each test's own (see {@link PlanVersionFixture} for the
 * hand-worked target figures): the snapshot keeps what was submitted, a later edit makes
 * edition 2 and leaves the snapshot's text unchanged, the comparison lists exactly the
 * fields changed, frozen editions refuse changes, and who may do what.
 */
@WebIntegrationTest
class PlanVersionApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final double EPS = 1e-6;

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	PlanVersions versions;

	@Autowired
	UserManagement users;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	Made made;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.made = PlanVersionFixture.plan(this.organisations, this.inventories, this.plans, true);
	}

	/**
	 * Edition 1: expected 201 + 99 = 300 t/a, gap 1,168.8. Then the cycle lanes are
	 * completed with 150 t/a instead of 99 and a PV action M113 of 1,000 MWh/a × 0.4 =
	 * 400 t/a is added: expected 201 + 150 + 400 = 751 t/a, gap 1,468.8 − 751 = 717.8
	 * t/a. Savings of edition 1: 500 + 250 = 750 MWh/a; cost 100,000 + 50,000 = 150,000
	 * EUR.
	 */
	@Test
	void the_snapshot_stays_as_submitted_after_a_later_edit_which_makes_edition_2() throws Exception {
		String genoaName = this.users.me(this.users.currentActor(principal(GENOA).id())).displayName();
		String actionsBefore = this.mvc
			.perform(get(api() + "/actions").param("plan", String.valueOf(this.made.plan()))
				.with(httpBasic(GENOA, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();

		String submitted = submit("2018-01-15", 0).andExpect(status().isCreated())
			.andExpect(jsonPath("$.edition").value(1))
			.andExpect(jsonPath("$.submittedOn").value("2018-01-15"))
			.andExpect(jsonPath("$.submittedBy").value(genoaName))
			.andExpect(jsonPath("$.content.plan.status").value("SUBMITTED_TO_COVENANT"))
			.andExpect(jsonPath("$.content.plan.title").value("Versionville SECAP 2030"))
			.andExpect(jsonPath("$.content.plan.approvalDate").value("2017-05-30"))
			.andExpect(jsonPath("$.content.actions", hasSize(2)))
			.andExpect(jsonPath("$.content.target.targetKind").value("ABSOLUTE"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every field of every action as it was before the submission
		List<Object> before = JsonPath.read(actionsBefore, "$");
		List<Object> frozen = JsonPath.read(submitted, "$.content.actions");
		assertThat(frozen).isEqualTo(before);
		assertThat(number(submitted, "$.content.actions[0].savings.NATURAL_GAS")).isEqualTo(500.0);
		assertThat(number(submitted, "$.content.target.reductionNeeded")).isCloseTo(1468.8, within(EPS));
		assertThat(number(submitted, "$.content.target.expectedReduction")).isCloseTo(300.0, within(EPS));
		assertThat(number(submitted, "$.content.target.gap")).isCloseTo(1168.8, within(EPS));
		String text = this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 1);
		assertThat(this.audit.history("ACTION_PLAN_SNAPSHOT", ((Number) JsonPath.read(submitted, "$.id")).longValue()))
			.extracting(AuditEntryView::action)
			.containsExactly("CREATE");

		String list = this.mvc.perform(get(plan() + "/versions").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].edition").value(1))
			.andExpect(jsonPath("$[0].actionCount").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(number(list, "$[0].savingsMwh")).isEqualTo(750.0);
		assertThat(number(list, "$[0].estimatedCostEur")).isEqualTo(150000.0);
		assertThat(number(list, "$[0].expectedReduction")).isCloseTo(300.0, within(EPS));
		assertThat(panel().edition()).isEqualTo(1);
		assertThat(panel().changedSinceSubmission()).isFalse();

		// the same edition again: refused
		submit("2018-01-16", 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("planversions.error.alreadySubmitted"));

		// later edits: the living plan becomes edition 2, the status stays as it is
		this.mvc
			.perform(put(api() + "/actions/" + this.made.cycleLanes()).with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(PlanVersionFixture.cycleLanesDone(this.made.plan(), 0))))
			.andExpect(status().isOk());
		assertThat(panel().edition()).isEqualTo(2);
		String pv = """
				{ "planId": %d, "fieldCode": "M113", "title": "Solar roofs", "status": "NOT_STARTED",
				  "renewableMwh": 1000 }""".formatted(this.made.plan());
		String added = this.mvc
			.perform(post(api() + "/actions").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(pv))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long solar = ((Number) JsonPath.read(added, "$.id")).longValue();
		PlanVersionPanel panel = panel();
		assertThat(panel.edition()).isEqualTo(2);
		assertThat(panel.changedSinceSubmission()).isTrue();
		assertThat(panel.status()).isEqualTo(PlanStatus.SUBMITTED_TO_COVENANT);
		assertThat(panel.lastSubmission().edition()).isEqualTo(1);

		// the snapshot: byte for byte what was written
		assertThat(this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 1)).isEqualTo(text);
		this.mvc.perform(get(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content.actions", hasSize(2)))
			.andExpect(jsonPath("$.content.actions[1].co2Reduction").value(99.0))
			.andExpect(jsonPath("$.content.actions[1].status").value("ONGOING"));

		// compare 1 with the living plan: exactly the two fields of the cycle lanes, and
		// the solar roofs added
		String compared = this.mvc
			.perform(
					get(plan() + "/compare").param("from", "1").param("to", "current").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from.edition").value(1))
			.andExpect(jsonPath("$.from.current").value(false))
			.andExpect(jsonPath("$.to.edition").value(2))
			.andExpect(jsonPath("$.to.current").value(true))
			.andExpect(jsonPath("$.planChanges", hasSize(0)))
			.andExpect(jsonPath("$.removed", hasSize(0)))
			.andExpect(jsonPath("$.added[*].id", contains((int) solar)))
			.andExpect(jsonPath("$.changed", hasSize(1)))
			.andExpect(jsonPath("$.changed[0].id").value((int) this.made.cycleLanes()))
			.andExpect(jsonPath("$.changed[0].changes[*].field", contains("status", "co2Reduction")))
			.andExpect(jsonPath("$.changed[0].changes[0].from").value("ONGOING"))
			.andExpect(jsonPath("$.changed[0].changes[0].to").value("COMPLETED"))
			.andExpect(jsonPath("$.changed[0].changes[1].from").value(99.0))
			.andExpect(jsonPath("$.changed[0].changes[1].to").value(150.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(number(compared, "$.from.content.target.expectedReduction")).isCloseTo(300.0, within(EPS));
		assertThat(number(compared, "$.to.content.target.expectedReduction")).isCloseTo(751.0, within(EPS));
		assertThat(number(compared, "$.to.content.target.gap")).isCloseTo(717.8, within(EPS));

		// edition 2 submitted; a change of the plan's title makes edition 3
		PlanView living = this.plans.plan(ADMIN, this.made.signatory(), this.made.plan());
		submit("2019-02-01", living.version()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.edition").value(2));
		living = this.plans.plan(ADMIN, this.made.signatory(), this.made.plan());
		this.plans.updatePlan(ADMIN, this.made.signatory(), this.made.plan(),
				new PlanData(living.kind(), "Versionville SECAP 2030, revised", living.commitmentId(),
						living.approvalDate(), living.approvingBody(), living.beiInventoryId(), living.status(),
						living.version()));
		assertThat(panel().edition()).isEqualTo(3);
		PlanComparison twoToNow = this.versions.compare(ADMIN, this.made.signatory(), this.made.plan(), "2", "current");
		assertThat(twoToNow.planChanges()).containsExactly(
				new PlanComparison.FieldChange("title", "Versionville SECAP 2030", "Versionville SECAP 2030, revised"));
		assertThat(twoToNow.added()).isEmpty();
		assertThat(twoToNow.removed()).isEmpty();
		assertThat(twoToNow.changed()).isEmpty();
		PlanComparison oneToTwo = this.versions.compare(ADMIN, this.made.signatory(), this.made.plan(), "1", "2");
		assertThat(oneToTwo.changed()).hasSize(1);
		assertThat(oneToTwo.added()).extracting((a) -> a.id()).containsExactly(solar);
		assertThat(this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 1)).isEqualTo(text);
		// deleting an action after edition 2: removed in the comparison, both snapshots
		// kept
		String two = this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 2);
		this.mvc.perform(delete(api() + "/actions/" + solar).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNoContent());
		PlanComparison removed = this.versions.compare(ADMIN, this.made.signatory(), this.made.plan(), "2", "current");
		assertThat(removed.removed()).extracting((a) -> a.id()).containsExactly(solar);
		assertThat(removed.added()).isEmpty();
		assertThat(panel().edition()).isEqualTo(3);
		assertThat(this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 2)).isEqualTo(two);
	}

	@Test
	void a_submitted_version_is_frozen_in_every_language() throws Exception {
		submit("2018-01-15", 0).andExpect(status().isCreated());
		String text = this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 1);
		this.mvc
			.perform(put(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD))
				.header("Accept-Language", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"content\": { \"plan\": { \"title\": \"Rewritten\" } } }"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("planversions.error.frozen"))
			.andExpect(jsonPath("$.detail").value(
					"Edition 1 was submitted to the Covenant: a submitted version is frozen and cannot be changed."));
		this.mvc
			.perform(put(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD))
				.header("Accept-Language", "it")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"L'edizione 1 è stata presentata al Patto: una versione presentata è congelata e non può essere modificata."));
		this.mvc
			.perform(delete(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD)).header("Accept-Language", "fr"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(
					"L'édition 1 a été soumise à la Convention : une version soumise est figée et ne peut pas être modifiée."));
		this.mvc
			.perform(patch(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(put(plan() + "/versions/9").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		assertThat(this.versions.frozenText(ADMIN, this.made.signatory(), this.made.plan(), 1)).isEqualTo(text);
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).hasSize(1);
	}

	@Test
	void bad_submissions_name_the_field_and_store_nothing() throws Exception {
		// no council approval date on the plan
		PlanView living = this.plans.plan(ADMIN, this.made.signatory(), this.made.plan());
		living = this.plans.updatePlan(ADMIN, this.made.signatory(), this.made.plan(),
				new PlanData(living.kind(), living.title(), living.commitmentId(), null, null, living.beiInventoryId(),
						PlanStatus.DRAFT, living.version()));
		submit("2018-01-15", living.version()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", contains("approvalDate")))
			.andExpect(jsonPath("$.fields[0].message").value(
					"The plan has no council approval date: record the council approval before submitting the plan."));
		this.mvc
			.perform(post(plan() + "/submit").with(httpBasic(GENOA, PASSWORD))
				.header("Accept-Language", "de")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"version\": %d }".formatted(living.version())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", contains("approvalDate", "submittedOn")))
			.andExpect(jsonPath("$.fields[1].message").value("Pflichtfeld."));
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).isEmpty();
		assertThat(this.plans.plan(ADMIN, this.made.signatory(), this.made.plan()).status())
			.isEqualTo(PlanStatus.DRAFT);

		// approved again: a future date, a date before the approval, a stale version
		living = this.plans.updatePlan(ADMIN, this.made.signatory(), this.made.plan(),
				new PlanData(living.kind(), living.title(), living.commitmentId(), java.time.LocalDate.of(2017, 5, 30),
						null, living.beiInventoryId(), PlanStatus.APPROVED_BY_COUNCIL, living.version()));
		submit("2999-01-01", living.version()).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", contains("submittedOn")))
			.andExpect(jsonPath("$.fields[0].message").value("The submission date cannot be in the future."));
		submit("2017-05-29", living.version()).andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.fields[0].message").value("The plan cannot be submitted before its council approval."));
		submit("2018-01-15", living.version() - 1).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.editConflict"));
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).isEmpty();
		assertThat(panel().edition()).isEqualTo(1);

		// an edition that does not exist to compare
		this.mvc
			.perform(get(plan() + "/compare").param("from", "7")
				.param("to", "abc")
				.header("Accept-Language", "en")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", contains("from", "to")))
			.andExpect(jsonPath("$.fields[0].message").value("7 is not a submitted edition of this plan."));
		this.mvc.perform(get(plan() + "/versions/1").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("planversions.version.notFound"));
	}

	@Test
	void other_tenants_get_404_and_a_viewer_may_read_but_not_submit_or_change() throws Exception {
		submit("2018-01-15", 0).andExpect(status().isCreated());
		this.mvc.perform(get(plan() + "/versions").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(plan() + "/versions/1").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(plan() + "/compare?from=1").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(plan() + "/submit").with(httpBasic(SABADELL_VIEWER, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"submittedOn\": \"2018-01-15\", \"version\": 1 }"))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(plan() + "/versions/1").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());

		MiaUser viewer = viewerOf(this.made.id());
		this.mvc.perform(get(plan() + "/versions").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(plan() + "/compare?from=1").with(user(viewer))).andExpect(status().isOk());
		// a change made after the submission, so that a new edition could be submitted
		this.plans.updateAction(ADMIN, this.made.signatory(), this.made.cycleLanes(),
				PlanVersionFixture.cycleLanesDone(this.made.plan(), 0));
		this.mvc
			.perform(post(plan() + "/submit").with(user(viewer))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"submittedOn\": \"2018-01-15\", \"version\": 1 }"))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(plan() + "/versions/1").with(user(viewer))).andExpect(status().isForbidden());
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).hasSize(1);
	}

	private ResultActions submit(String date, int version) throws Exception {
		return this.mvc.perform(post(plan() + "/submit").with(httpBasic(GENOA, PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{ \"submittedOn\": \"%s\", \"version\": %d }".formatted(date, version)));
	}

	private PlanVersionPanel panel() {
		return this.versions.panel(ADMIN, this.made.signatory(), this.made.plan());
	}

	private MiaUser viewerOf(long signatory) {
		String email = "versionville-viewer-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.mayorsinaction.eu";
		this.users.register(new NewUser(email, "Versionville viewer", "en", "correct horse battery", false,
				Role.SIGNATORY_VIEWER, null, signatory));
		return principal(email);
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private String api() {
		return "/api/v1/signatories/" + this.made.id();
	}

	private String plan() {
		return api() + "/plans/" + this.made.plan();
	}

	private static String json(eu.mayorsinaction.actionplan.ActionData data) {
		return """
				{ "planId": %d, "fieldCode": "%s", "title": "%s", "keyMeasure": %s, "startDate": "%s", "endDate": "%s",
				  "status": "%s", "estimatedCostEur": %s, "co2Reduction": %s, "benchmarkOfExcellence": %s,
				  "version": %d }""".formatted(data.planId(), data.fieldCode(), data.title(), data.keyMeasure(),
				data.startDate(), data.endDate(), data.status(), data.estimatedCostEur(), data.co2Reduction(),
				data.benchmarkOfExcellence(), data.version());
	}

	private static double number(String json, String path) {
		return ((Number) JsonPath.read(json, path)).doubleValue();
	}

}
