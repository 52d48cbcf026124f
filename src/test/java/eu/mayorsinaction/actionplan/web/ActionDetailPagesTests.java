package eu.mayorsinaction.actionplan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionCodeData;
import eu.mayorsinaction.actionplan.ActionCodeList;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.DetailburgFixture;
import eu.mayorsinaction.actionplan.MilestoneData;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The action's page, "my tasks" and the admin's code lists as people use them, each test
 * on a Detailburg signatory of its own.
 */
@WebIntegrationTest
class ActionDetailPagesTests {

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

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

	MockMvc mvc;

	DetailburgFixture town;

	String page;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.town = DetailburgFixture.create(this.organisations, this.users, this.plans);
		this.page = "/app/signatories/" + this.town.signatory.value() + "/actions/" + this.town.actionId;
	}

	@Test
	void an_editor_adds_each_detail_through_the_forms_and_sees_it_on_the_page() throws Exception {
		MiaUser editor = principal(this.town.editorEmail());
		submit(editor, "/stakeholders", "name", "Energy agency", "role", "Adviser");
		submit(editor, "/milestones", "title", "Tender published", "dueDate", "2026-03-31", "responsibleEmail",
				this.town.editorEmail());
		submit(editor, "/budget", "year", "2025", "kind", "INVESTMENT", "plannedEur", "100 000,50", "actualEur", "");
		submit(editor, "/budget", "year", "2025", "kind", "OPERATING", "plannedEur", "1.000,25");
		submit(editor, "/indicators", "name", "Heat demand", "unit", "MWh/a", "targetValue", "300");
		long indicator = this.details.indicators(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)
			.get(0)
			.id();
		submit(editor, "/indicators/" + indicator + "/values", "date", "2026-01-01", "value", "410,5");
		submit(editor, "/comments", "text", "Council approved the budget.");
		this.mvc
			.perform(
					multipart(this.page + "/evidence")
						.file(new MockMultipartFile("file", "minutes.pdf", "application/pdf",
								"%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
						.with(user(editor))
						.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeCount(1));

		Document html = page(editor, "en");
		assertThat(html.select(".stakeholders-table tbody th").text()).isEqualTo("Energy agency");
		assertThat(html.select(".milestones-table tbody tr").text()).contains("Tender published",
				this.town.editor.displayName());
		// 100,000.50 + 1,000.25 = 101,000.75 EUR in 2025 and overall
		assertThat(html.select(".budget-year-total").text()).contains("Total 2025", "101,000.75 EUR");
		assertThat(html.select(".budget-total").text()).contains("101,000.75 EUR");
		assertThat(html.select(".indicator-values tbody").text()).contains("410.5");
		assertThat(html.select(".action-comment-text").text()).isEqualTo("Council approved the budget.");
		assertThat(html.select(".evidence-table a").text()).isEqualTo("minutes.pdf");
		assertThat(html.select(".evidence-limits").text()).contains("10 MB", "pdf");
		assertThat(html.select("a.action-edit").attr("href")).endsWith(this.page + "/edit");
		assertThat(html.select("#history .audit-table tbody tr")).hasSizeGreaterThanOrEqualTo(9);

		// the same page in Italian: numbers and units in Italian
		Document italian = page(editor, "it");
		assertThat(italian.select(".budget-total").text()).contains("101.000,75 euro");
		assertThat(italian.select("h2#milestones-title").text()).isEqualTo("Tappe e attività");
	}

	@Test
	void rows_are_changed_through_their_edit_forms() throws Exception {
		MiaUser editor = principal(this.town.editorEmail());
		submit(editor, "/stakeholders", "name", "Energy agency", "role", "Adviser");
		long stakeholder = this.details.stakeholders(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)
			.get(0)
			.id();
		submit(editor, "/stakeholders/" + stakeholder, "name", "Regional energy agency", "role", "Partner");
		assertThat(this.details.stakeholders(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId))
			.extracting((s) -> s.name() + " / " + s.role())
			.containsExactly("Regional energy agency / Partner");

		submit(editor, "/milestones", "title", "Kick-off", "dueDate", "2026-02-01", "responsibleEmail",
				this.town.editorEmail());
		long milestone = this.details.milestones(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)
			.get(0)
			.id();
		// an empty address keeps the responsible user
		submit(editor, "/milestones/" + milestone, "title", "Kick-off meeting", "dueDate", "2026-02-15",
				"responsibleEmail", "");
		assertThat(this.details.milestones(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId).get(0))
			.satisfies((m) -> {
				assertThat(m.title()).isEqualTo("Kick-off meeting");
				assertThat(m.dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
				assertThat(m.responsibleUserId()).isEqualTo(this.town.editor.id());
			});

		submit(editor, "/budget", "year", "2026", "kind", "INVESTMENT", "plannedEur", "5000");
		long line = this.details.budget(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)
			.lines()
			.get(0)
			.id();
		this.mvc
			.perform(post(this.page + "/budget/" + line).with(user(editor))
				.with(csrf())
				.param("year", "2026")
				.param("kind", "INVESTMENT")
				.param("plannedEur", "-1"))
			.andExpect(flash().attribute("errorForm", "budget"));
		assertThat(this.details.budget(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId).plannedEur())
			.isEqualTo(5000.0);
		submit(editor, "/budget/" + line, "year", "2027", "kind", "OPERATING", "plannedEur", "6000");
		assertThat(this.details.budget(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId).lines())
			.extracting((b) -> b.year() + " " + b.kind() + " " + b.plannedEur())
			.containsExactly("2027 OPERATING 6000.0");
	}

	@Test
	void bad_input_comes_back_with_the_errors_named_and_nothing_stored() throws Exception {
		MiaUser editor = principal(this.town.editorEmail());
		this.mvc
			.perform(post(this.page + "/budget").with(user(editor))
				.with(csrf())
				.param("year", "2025")
				.param("kind", "INVESTMENT")
				.param("plannedEur", "-5"))
			.andExpect(redirectedUrl(this.page + "#budget"))
			.andExpect(flash().attribute("errorForm", "budget"));
		this.mvc.perform(post(this.page + "/milestones").with(user(editor)).with(csrf()).param("title", "No due date"))
			.andExpect(flash().attribute("errorForm", "milestones"));
		this.mvc
			.perform(post(this.page + "/milestones").with(user(editor))
				.with(csrf())
				.param("title", "Unknown person")
				.param("dueDate", "2026-01-01")
				.param("responsibleEmail", "nobody@nowhere.example"))
			.andExpect(flash().attribute("errorForm", "milestones"));
		this.mvc
			.perform(
					multipart(this.page + "/evidence")
						.file(new MockMultipartFile("file", "setup.pdf", "application/pdf",
								"MZ\u0090 program".getBytes(StandardCharsets.ISO_8859_1)))
						.with(user(editor))
						.with(csrf()))
			.andExpect(flash().attribute("errorForm", "evidence"));
		assertThat(this.details.budget(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId).lines())
			.isEmpty();
		assertThat(this.details.milestones(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)).isEmpty();
		assertThat(this.details.evidence(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)).isEmpty();

		// the error summary of the form that came back links to the field
		String html = this.mvc
			.perform(get(this.page).with(user(editor))
				.flashAttr("errors", java.util.Map.of("dueDate", "Required."))
				.flashAttr("errorForm", "milestones")
				.flashAttr("form", java.util.Map.of("title", "No due date")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document page = Jsoup.parse(html);
		assertThat(page.select("#milestones .error-summary a").attr("href")).isEqualTo("#ms-dueDate");
		assertThat(page.select("#milestones .error-summary a").text()).isEqualTo("Due date: Required.");
		assertThat(page.select("#ms-title").attr("value")).isEqualTo("No due date");
		assertThat(page.select("#ms-dueDate").hasClass("is-invalid")).isTrue();
	}

	@Test
	void a_viewer_sees_no_forms_and_another_municipality_sees_nothing() throws Exception {
		Document viewer = page(principal(this.town.viewerEmail()), "en");
		assertThat(viewer.select("h1").text()).contains("Retrofit of the town hall");
		assertThat(viewer.select("form.milestone-form, form.evidence-form, form.comment-form, a.action-edit"))
			.isEmpty();
		this.mvc
			.perform(post(this.page + "/comments").with(user(principal(this.town.viewerEmail())))
				.with(csrf())
				.param("text", "Viewer"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.page).with(user(principal(SABADELL_VIEWER)))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.page + "/comments").with(user(principal(SABADELL_VIEWER)))
				.with(csrf())
				.param("text", "Intruder"))
			.andExpect(status().isNotFound());
		assertThat(this.details.comments(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId)).isEmpty();
	}

	@Test
	void my_tasks_lists_the_open_milestones_by_due_date_with_links_to_their_action() throws Exception {
		long me = this.town.editor.id();
		this.details.addMilestone(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId,
				new MilestoneData("Later works", LocalDate.of(2099, 1, 31), me, null, false, null));
		this.details.addMilestone(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId,
				new MilestoneData("Overdue survey", LocalDate.of(2020, 6, 30), me, null, false, null));
		String html = this.mvc.perform(get("/app/tasks").with(user(principal(this.town.editorEmail()))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Document tasks = Jsoup.parse(html);
		assertThat(tasks.select(".tasks-table tbody th").eachText()).containsExactly("Overdue survey", "Later works");
		assertThat(tasks.select(".tasks-table tbody tr").get(0).hasClass("task-overdue")).isTrue();
		assertThat(tasks.select(".tasks-table tbody tr").get(1).hasClass("task-overdue")).isFalse();
		assertThat(tasks.select(".tasks-table tbody a").attr("href")).isEqualTo(this.page);
		assertThat(tasks.select("nav a[href='/app/tasks']")).isNotEmpty();

		Document viewer = Jsoup.parse(this.mvc.perform(get("/app/tasks").with(user(principal(SABADELL_VIEWER))))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(viewer.select(".tasks-none")).isNotEmpty();
	}

	@Test
	void only_the_admin_keeps_the_code_lists_and_the_page_shows_the_label_as_typed() throws Exception {
		this.mvc.perform(get("/app/admin/action-codes").with(user(principal(this.town.editorEmail()))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/app/admin/action-codes").with(user(principal(this.town.editorEmail())))
				.with(csrf())
				.param("list", "ORIGIN")
				.param("code", "INTRUDER")
				.param("label", "Intruder"))
			.andExpect(status().isForbidden());
		String code = "PG" + this.town.signatory.value();
		MiaUser admin = principal(ADMIN);
		this.mvc
			.perform(post("/app/admin/action-codes").with(user(admin))
				.with(csrf())
				.param("list", "ORIGIN")
				.param("code", code.toLowerCase())
				.param("label", "Joint action with the province"))
			.andExpect(redirectedUrl("/app/admin/action-codes"));
		long id = this.details.codes(DetailburgFixture.ADMIN, ActionCodeList.ORIGIN)
			.stream()
			.filter((c) -> c.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id();
		Document list = Jsoup.parse(this.mvc.perform(get("/app/admin/action-codes").with(user(admin)))
			.andReturn()
			.getResponse()
			.getContentAsString());
		assertThat(list.select("tr[data-code=" + code + "] input[name=label]").attr("value"))
			.isEqualTo("Joint action with the province");
		this.mvc.perform(post("/app/admin/action-codes/" + id).with(user(admin)).with(csrf()).param("active", "false"))
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(this.details.codes(DetailburgFixture.ADMIN, ActionCodeList.ORIGIN)
			.stream()
			.filter((c) -> c.id() == id)
			.findFirst()
			.orElseThrow()
			.active()).isFalse();
		this.details.updateCode(DetailburgFixture.ADMIN, id, new ActionCodeData(null, null, null, true));
	}

	@Test
	void evidence_downloads_as_an_attachment_from_the_page() throws Exception {
		MiaUser editor = principal(this.town.editorEmail());
		long id = this.details
			.addEvidence(DetailburgFixture.ADMIN, this.town.signatory, this.town.actionId, "photo.png",
					new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })
			.id();
		this.mvc.perform(get(this.page + "/evidence/" + id).with(user(editor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"photo.png\"")));
		this.mvc.perform(get(this.page + "/evidence/" + id).with(user(principal(SABADELL_VIEWER))))
			.andExpect(status().isNotFound());
	}

	private void submit(MiaUser user, String path, String... fields) throws Exception {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(this.page + path)
			.with(user(user))
			.with(csrf());
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		this.mvc.perform(request)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flashSuccess"));
	}

	private Document page(MiaUser user, String language) throws Exception {
		String html = this.mvc.perform(get(this.page).param("lang", language).with(user(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

}
