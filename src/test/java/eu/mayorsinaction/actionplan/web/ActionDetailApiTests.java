package eu.mayorsinaction.actionplan.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.DetailburgFixture;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The details of an action through the API, each test on a Detailburg signatory of its
 * own: every child list, bad input storing nothing, evidence checked by content, access
 * across tenants, my tasks and the admin's code lists.
 */
@WebIntegrationTest
class ActionDetailApiTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String DEMO_PASSWORD = "demo-mayors-2026";

	private static final String PASSWORD = DetailburgFixture.PASSWORD;

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ActionPlanManagement plans;

	MockMvc mvc;

	DetailburgFixture town;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.town = DetailburgFixture.create(this.organisations, this.users, this.plans);
	}

	@Test
	void stakeholders_milestones_indicators_and_comments_are_kept_and_audited_on_the_action() throws Exception {
		String editor = this.town.editorEmail();
		long stakeholder = id(send(post(this.town.base() + "/stakeholders"), editor,
				"{ \"name\": \"Energy agency\", \"role\": \"Adviser\", \"contact\": \"info@agency.example\" }"));
		send(put(this.town.base() + "/stakeholders/" + stakeholder), editor,
				"{ \"name\": \"Energy agency\", \"role\": \"Technical adviser\" }")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("Technical adviser"))
			.andExpect(jsonPath("$.contact").doesNotExist());
		long milestone = id(send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Tender published\", \"dueDate\": \"2026-03-31\", \"responsibleName\": \"Ms Rossi\" }"));
		send(put(this.town.base() + "/milestones/" + milestone), editor,
				"{ \"title\": \"Tender published\", \"dueDate\": \"2026-03-31\", \"responsibleName\": \"Ms Rossi\", "
						+ "\"done\": true, \"doneDate\": \"2026-03-20\" }")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.done").value(true))
			.andExpect(jsonPath("$.doneDate").value("2026-03-20"));
		long indicator = id(send(post(this.town.base() + "/indicators"), editor,
				"{ \"name\": \"Heat demand\", \"unit\": \"MWh/a\", \"targetValue\": 300 }"));
		send(post(this.town.base() + "/indicators/" + indicator + "/values"), editor,
				"{ \"date\": \"2026-01-01\", \"value\": 410, \"note\": \"before\" }")
			.andExpect(status().isCreated());
		send(post(this.town.base() + "/indicators/" + indicator + "/values"), editor,
				"{ \"date\": \"2025-01-01\", \"value\": 450 }")
			.andExpect(status().isCreated())
			// oldest first
			.andExpect(jsonPath("$.values[0].value").value(450.0))
			.andExpect(jsonPath("$.values[1].note").value("before"));
		send(post(this.town.base() + "/comments"), editor, "{ \"text\": \"Council approved the budget.\" }")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.authorName").value(this.town.editor.displayName()));

		this.mvc.perform(get(this.town.base() + "/stakeholders").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(jsonPath("$", hasSize(1)));
		this.mvc.perform(get(this.town.base() + "/milestones").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(jsonPath("$[0].responsibleName").value("Ms Rossi"));
		this.mvc.perform(get(this.town.base() + "/indicators").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(jsonPath("$[0].values", hasSize(2)));
		this.mvc.perform(get(this.town.base() + "/comments").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(jsonPath("$[0].text").value("Council approved the budget."));

		this.mvc.perform(delete(this.town.base() + "/stakeholders/" + stakeholder).with(httpBasic(editor, PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(this.town.base() + "/stakeholders").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		// 2 stakeholder changes + delete, 2 milestone, 1 indicator + 2 values, 1 comment,
		// and the creation
		this.mvc.perform(get(this.town.base() + "/history").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].action", hasItem("DETAIL_ADDED")))
			.andExpect(jsonPath("$[*].action", hasItem("DETAIL_CHANGED")))
			.andExpect(jsonPath("$[*].action", hasItem("DETAIL_REMOVED")))
			.andExpect(jsonPath("$[*].action", hasItem("CREATE")))
			.andExpect(jsonPath("$", hasSize(10)));
	}

	/**
	 * 2025 investment 100,000 planned / 80,000 actual; 2025 operating 5,000 planned; 2026
	 * investment 150,000 planned. 2025: 100,000 + 5,000 = 105,000 planned, 80,000 actual;
	 * 2026: 150,000 planned, 0 actual; overall 105,000 + 150,000 = 255,000 planned,
	 * 80,000 actual [EUR].
	 */
	@Test
	void budget_lines_add_up_per_year_and_overall() throws Exception {
		String editor = this.town.editorEmail();
		send(post(this.town.base() + "/budget"), editor,
				"{ \"year\": 2025, \"kind\": \"INVESTMENT\", \"plannedEur\": 100000, \"actualEur\": 80000, \"fundingSource\": \"ERDF\" }")
			.andExpect(status().isCreated());
		send(post(this.town.base() + "/budget"), editor,
				"{ \"year\": 2025, \"kind\": \"OPERATING\", \"plannedEur\": 5000 }")
			.andExpect(status().isCreated());
		long line = id(send(post(this.town.base() + "/budget"), editor,
				"{ \"year\": 2026, \"kind\": \"INVESTMENT\", \"plannedEur\": 140000 }"));
		send(put(this.town.base() + "/budget/" + line), editor,
				"{ \"year\": 2026, \"kind\": \"INVESTMENT\", \"plannedEur\": 150000 }")
			.andExpect(status().isOk());
		this.mvc.perform(get(this.town.base() + "/budget").with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lines", hasSize(3)))
			.andExpect(jsonPath("$.years[0].year").value(2025))
			.andExpect(jsonPath("$.years[0].plannedEur").value(105000.0))
			.andExpect(jsonPath("$.years[0].actualEur").value(80000.0))
			.andExpect(jsonPath("$.years[1].year").value(2026))
			.andExpect(jsonPath("$.years[1].plannedEur").value(150000.0))
			.andExpect(jsonPath("$.years[1].actualEur").value(0.0))
			.andExpect(jsonPath("$.plannedEur").value(255000.0))
			.andExpect(jsonPath("$.actualEur").value(80000.0));
	}

	@Test
	void bad_input_names_the_fields_in_the_language_asked_and_stores_nothing() throws Exception {
		String editor = this.town.editorEmail();
		this.mvc
			.perform(post(this.town.base() + "/budget").with(httpBasic(editor, PASSWORD))
				.header("Accept-Language", "it")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"year\": 2025, \"kind\": \"INVESTMENT\", \"plannedEur\": -1, \"actualEur\": -2 }"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", containsInAnyOrder("plannedEur", "actualEur")))
			.andExpect(jsonPath("$.fields[0].message").value("Deve essere un numero pari o superiore a zero."));
		this.mvc
			.perform(post(this.town.base() + "/milestones").with(httpBasic(editor, PASSWORD))
				.header("Accept-Language", "it")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"title\": \"No date\" }"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("dueDate"))
			.andExpect(jsonPath("$.fields[0].message").value("Obbligatorio."));
		send(post(this.town.base() + "/stakeholders"), editor, "{ \"name\": \" \" }").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("name"));
		send(post(this.town.base() + "/indicators"), editor, "{ \"name\": \"Without unit\" }")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("unit"));
		send(post(this.town.base() + "/comments"), editor, "{ \"text\": \"\" }").andExpect(status().isBadRequest());
		this.mvc.perform(get(this.town.base() + "/budget").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$.lines", hasSize(0)));
		this.mvc.perform(get(this.town.base() + "/milestones").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(this.town.base() + "/stakeholders").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(this.town.base() + "/indicators").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
		this.mvc.perform(get(this.town.base() + "/comments").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void evidence_is_checked_by_content_and_downloaded_as_an_attachment() throws Exception {
		String editor = this.town.editorEmail();
		long pdf = id(upload(editor, "report.pdf", PDF));
		this.mvc.perform(get(this.town.base() + "/evidence/" + pdf).with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("report.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		assertThat(this.mvc
			.perform(get(this.town.base() + "/evidence/" + pdf).with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray()).isEqualTo(PDF);

		// a program renamed to .pdf, an empty file, a file one byte over 10 MB, a web
		// page as .csv
		byte[] exe = "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode"
			.getBytes(StandardCharsets.ISO_8859_1);
		upload(editor, "invoice.pdf", exe).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("file"))
			.andExpect(jsonPath("$.fields[0].message", containsString("pdf, png")));
		upload(editor, "empty.pdf", new byte[0]).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("file"));
		byte[] big = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
		upload(editor, "big.pdf", big).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].message", containsString("10 MB")));
		upload(editor, "page.csv", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isBadRequest());
		upload(editor, "figures.csv", "year;mwh\n2025;410\n".getBytes(StandardCharsets.UTF_8))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.contentType").value("text/csv"));
		this.mvc.perform(get(this.town.base() + "/evidence").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].fileName", containsInAnyOrder("report.pdf", "figures.csv")));

		this.mvc
			.perform(delete(this.town.base() + "/evidence/" + pdf).with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(delete(this.town.base() + "/evidence/" + pdf).with(httpBasic(editor, PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(this.town.base() + "/evidence/" + pdf).with(httpBasic(editor, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void another_municipality_cannot_read_or_change_the_details_and_a_viewer_cannot_change_them() throws Exception {
		String editor = this.town.editorEmail();
		long evidence = id(upload(editor, "report.pdf", PDF));
		long comment = id(send(post(this.town.base() + "/comments"), editor, "{ \"text\": \"Internal note\" }"));
		long milestone = id(send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Kick-off\", \"dueDate\": \"2026-02-01\" }"));

		DetailburgFixture other = DetailburgFixture.create(this.organisations, this.users, this.plans);
		for (String stranger : new String[] { other.editorEmail(), SABADELL_VIEWER }) {
			String password = stranger.equals(SABADELL_VIEWER) ? DEMO_PASSWORD : PASSWORD;
			for (String part : new String[] { "/evidence", "/evidence/" + evidence, "/comments", "/milestones",
					"/stakeholders", "/budget", "/indicators", "/history" }) {
				this.mvc.perform(get(this.town.base() + part).with(httpBasic(stranger, password)))
					.andExpect(status().isNotFound());
			}
			this.mvc
				.perform(post(this.town.base() + "/comments").with(httpBasic(stranger, password))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{ \"text\": \"Intruder\" }"))
				.andExpect(status().isNotFound());
			this.mvc.perform(delete(this.town.base() + "/comments/" + comment).with(httpBasic(stranger, password)))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(put(this.town.base() + "/milestones/" + milestone).with(httpBasic(stranger, password))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{ \"title\": \"Hijacked\", \"dueDate\": \"2026-02-01\" }"))
				.andExpect(status().isNotFound());
			this.mvc.perform(delete(this.town.base() + "/evidence/" + evidence).with(httpBasic(stranger, password)))
				.andExpect(status().isNotFound());
		}
		// the other town's own action does not reach this town's rows either
		this.mvc.perform(get(other.base() + "/evidence/" + evidence).with(httpBasic(other.editorEmail(), PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(delete("/api/v1/signatories/" + other.signatory.value() + "/actions/" + this.town.actionId
					+ "/comments/" + comment)
				.with(httpBasic(other.editorEmail(), PASSWORD)))
			.andExpect(status().isNotFound());

		String viewer = this.town.viewerEmail();
		send(post(this.town.base() + "/comments"), viewer, "{ \"text\": \"Viewer\" }")
			.andExpect(status().isForbidden());
		send(post(this.town.base() + "/milestones"), viewer, "{ \"title\": \"Viewer\", \"dueDate\": \"2026-02-01\" }")
			.andExpect(status().isForbidden());
		upload(viewer, "viewer.pdf", PDF).andExpect(status().isForbidden());

		// a comment may be deleted by its author or an admin, not by another editor
		send(post(this.town.base() + "/comments"), GENOA, "{ \"text\": \"From the coordinator\" }", DEMO_PASSWORD)
			.andExpect(status().isCreated());
		this.mvc.perform(delete(this.town.base() + "/comments/" + comment).with(httpBasic(GENOA, DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.town.base() + "/milestones").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$[0].title").value("Kick-off"));
		this.mvc.perform(get(this.town.base() + "/comments").with(httpBasic(editor, PASSWORD)))
			.andExpect(jsonPath("$", hasSize(2)));
		this.mvc.perform(delete(this.town.base() + "/comments/" + comment).with(httpBasic(ADMIN, DEMO_PASSWORD)))
			.andExpect(status().isNoContent());
	}

	@Test
	void my_tasks_list_my_open_milestones_and_actions_by_due_date_with_the_overdue_marked() throws Exception {
		String editor = this.town.editorEmail();
		long me = this.town.editor.id();
		send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Overdue survey\", \"dueDate\": \"2020-06-30\", \"responsibleUserId\": " + me + " }")
			.andExpect(status().isCreated());
		send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Later works\", \"dueDate\": \"2099-01-31\", \"responsibleUserId\": " + me + " }")
			.andExpect(status().isCreated());
		send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Done already\", \"dueDate\": \"2020-01-31\", " + "\"responsibleUserId\": " + me
						+ ", \"done\": true }")
			.andExpect(status().isCreated());
		send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Someone else's\", \"dueDate\": \"2020-01-31\", \"responsibleUserId\": "
						+ this.town.viewer.id() + " }")
			.andExpect(status().isCreated());
		// the action itself, responsible = me (end 2027-12-31)
		String action = this.mvc.perform(get(actionUrl()).with(httpBasic(editor, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		int version = JsonPath.read(action, "$.version");
		send(put(actionUrl()), editor, actionJson(version, null, null, me)).andExpect(status().isOk())
			.andExpect(jsonPath("$.responsibleUserId").value(me));

		this.mvc.perform(get("/api/v1/me/tasks").with(httpBasic(editor, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].title").value("Overdue survey"))
			.andExpect(jsonPath("$[0].overdue").value(true))
			.andExpect(jsonPath("$[0].kind").value("MILESTONE"))
			.andExpect(jsonPath("$[0].signatoryName").value(this.town.name))
			.andExpect(jsonPath("$[1].kind").value("ACTION"))
			.andExpect(jsonPath("$[1].dueDate").value("2027-12-31"))
			.andExpect(jsonPath("$[2].title").value("Later works"))
			.andExpect(jsonPath("$[2].overdue").value(false));

		// a person of another municipality cannot be made responsible
		DetailburgFixture other = DetailburgFixture.create(this.organisations, this.users, this.plans);
		send(post(this.town.base() + "/milestones"), editor,
				"{ \"title\": \"Stranger\", \"dueDate\": \"2026-01-31\", " + "\"responsibleUserId\": "
						+ other.editor.id() + " }")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("responsibleUserId"));
		send(put(actionUrl()), editor, actionJson(version + 1, null, null, other.editor.id()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("responsibleUserId"));
		send(put(actionUrl()), editor, actionJson(version + 1, null, null, 987654321L))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/api/v1/me/tasks").with(httpBasic(other.editorEmail(), PASSWORD)))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void only_the_admin_changes_the_code_lists_and_an_action_takes_only_active_codes() throws Exception {
		String code = "DB" + this.town.signatory.value();
		send(post("/api/v1/action-codes"), this.town.editorEmail(),
				"{ \"list\": \"POLICY_INSTRUMENT\", \"code\": \"" + code + "\", \"label\": \"Intruder\" }")
			.andExpect(status().isForbidden());
		long entry = id(send(post("/api/v1/action-codes"), ADMIN, "{ \"list\": \"POLICY_INSTRUMENT\", \"code\": \""
				+ code + "\", \"label\": \"Energy performance contract\" }", DEMO_PASSWORD));
		send(post("/api/v1/action-codes"), ADMIN,
				"{ \"list\": \"POLICY_INSTRUMENT\", \"code\": \"" + code + "\", \"label\": \"Twice\" }", DEMO_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("code"));
		send(post("/api/v1/action-codes"), ADMIN, "{ \"list\": \"ORIGIN\", \"code\": \"bad code!\", \"label\": \"\" }",
				DEMO_PASSWORD)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", containsInAnyOrder("code", "label")));
		this.mvc
			.perform(get("/api/v1/action-codes").param("list", "POLICY_INSTRUMENT")
				.with(httpBasic(this.town.viewerEmail(), PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '" + code + "')].label").value(hasItem("Energy performance contract")));

		String editor = this.town.editorEmail();
		send(put(actionUrl()), editor, actionJson(0, "NO_SUCH_CODE", null, null)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("policyInstrumentCode"));
		send(put(actionUrl()), editor, actionJson(0, code, null, null)).andExpect(status().isOk())
			.andExpect(jsonPath("$.policyInstrumentCode").value(code));

		send(put("/api/v1/action-codes/" + entry), this.town.editorEmail(), "{ \"active\": false }")
			.andExpect(status().isForbidden());
		send(put("/api/v1/action-codes/" + entry), ADMIN,
				"{ \"label\": \"Energy performance contracting\", \"active\": false }", DEMO_PASSWORD)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(false))
			.andExpect(jsonPath("$.label").value("Energy performance contracting"));
		// an inactive code stays where it is set but cannot be chosen anew
		send(put(actionUrl()), editor, actionJson(1, code, null, null)).andExpect(status().isOk());
		send(post("/api/v1/signatories/" + this.town.signatory.value() + "/actions"), editor,
				actionJson(null, code, null, null))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("policyInstrumentCode"));
	}

	private String actionUrl() {
		return "/api/v1/signatories/" + this.town.signatory.value() + "/actions/" + this.town.actionId;
	}

	private String actionJson(Integer version, String policyInstrument, String origin, Long responsibleUser) {
		return """
				{ "planId": %d, "fieldCode": "M11", "title": "Retrofit of the town hall", "keyMeasure": true,
				  "responsible": "Technical office", "startDate": "2025-01-01", "endDate": "2027-12-31",
				  "status": "ONGOING", "estimatedCostEur": 250000, "co2Reduction": 12, "version": %s,
				  "policyInstrumentCode": %s, "originCode": %s, "responsibleUserId": %s }
				""".formatted(this.town.planId, version, quoted(policyInstrument), quoted(origin), responsibleUser);
	}

	private static String quoted(String text) {
		return (text == null) ? "null" : "\"" + text + "\"";
	}

	private ResultActions upload(String email, String fileName, byte[] content) throws Exception {
		return this.mvc.perform(multipart(this.town.base() + "/evidence")
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.with(httpBasic(email, PASSWORD)));
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String email, String body) throws Exception {
		return send(request, email, body, PASSWORD);
	}

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String email, String body, String password) throws Exception {
		return this.mvc
			.perform(request.with(httpBasic(email, password)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static long id(ResultActions result) throws Exception {
		String body = result.andReturn().getResponse().getContentAsString();
		assertThat(result.andReturn().getResponse().getStatus()).as(body).isEqualTo(201);
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

}
