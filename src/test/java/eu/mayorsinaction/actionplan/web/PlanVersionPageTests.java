package eu.mayorsinaction.actionplan.web;

import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanVersionFixture;
import eu.mayorsinaction.actionplan.PlanVersionFixture.Made;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static eu.mayorsinaction.actionplan.PlanVersionFixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The versions, frozen edition and comparison pages on a Versionville signatory of each
 * test's own, in English (language cookie), as the Genoa coordinator, a viewer of the
 * signatory and another tenant's viewer.
 */
@WebIntegrationTest
class PlanVersionPageTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final Cookie ENGLISH = new Cookie("mia-lang", "en");

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

	MockMvc mvc;

	Made made;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.made = PlanVersionFixture.plan(this.organisations, this.inventories, this.plans, true);
	}

	@Test
	void an_editor_submits_from_the_versions_page_and_sees_the_frozen_edition_and_the_changes() throws Exception {
		this.mvc.perform(get(page() + "/versions").with(user(principal(GENOA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("This plan has not been submitted to the Covenant yet."),
					containsString("id=\"submit-form\""), containsString("Submit edition 1 to the Covenant"),
					containsString("<label for=\"submittedOn\" class=\"form-label\">Date of submission</label>"))));

		this.mvc
			.perform(post(page() + "/submit").param("submittedOn", "2018-01-15")
				.param("version", "0")
				.with(user(principal(GENOA)))
				.with(csrf())
				.cookie(ENGLISH))
			.andExpect(redirectedUrl(page() + "/versions"))
			.andExpect(flash().attribute("flashSuccess", "Edition 1 was submitted and frozen."));
		assertThat(this.plans.plan(ADMIN, this.made.signatory(), this.made.plan()).status())
			.isEqualTo(PlanStatus.SUBMITTED_TO_COVENANT);

		// 750 MWh/a of savings, 150,000 EUR, 300 t/a expected (see the fixture)
		this.mvc.perform(get(page() + "/versions").with(user(principal(GENOA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"version-1\""), containsString(">750<"),
					containsString(">150,000<"), containsString(">300<"),
					containsString(
							"Edition 1 has been submitted. Any change to the plan or its actions makes edition 2."),
					not(containsString("id=\"submit-form\"")))));
		this.mvc.perform(get(page() + "/versions/1").with(user(principal(GENOA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"frozen-banner\""),
					containsString("Edition 1 is frozen: submitted to the Covenant on Jan 15, 2018 by"),
					containsString("Cycle lanes"), containsString("Town hall retrofit"),
					containsString("id=\"frozen-target\""))));

		this.plans.updateAction(ADMIN, this.made.signatory(), this.made.cycleLanes(),
				PlanVersionFixture.cycleLanesDone(this.made.plan(), 0));
		this.plans.createAction(ADMIN, this.made.signatory(),
				new eu.mayorsinaction.actionplan.ActionData(this.made.plan(), "M113", "Solar roofs", false, null, null,
						null, eu.mayorsinaction.actionplan.ActionStatus.NOT_STARTED, null, null, null, 1000.0, null,
						false, null));
		this.mvc
			.perform(get(page() + "/compare").param("from", "1")
				.param("to", "current")
				.with(user(principal(GENOA)))
				.cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"action-changes\""), containsString("<strong>Changed</strong>"),
						containsString("<span>99</span>"), containsString("<span>150</span>"),
						containsString("<span>Ongoing</span>"), containsString("<span>Completed</span>"),
						containsString("No plan field changed."), containsString("current plan, edition 2"))));
		this.mvc.perform(get(page() + "/versions").with(user(principal(GENOA))).cookie(ENGLISH))
			.andExpect(content().string(allOf(containsString("Submit edition 2 to the Covenant"),
					containsString("Edition 2 — changed since edition 1 was submitted on Jan 15, 2018."))));
	}

	@Test
	void a_bad_date_is_named_on_the_form_and_nothing_is_submitted() throws Exception {
		this.mvc
			.perform(post(page() + "/submit").param("submittedOn", "")
				.param("version", "0")
				.with(user(principal(GENOA)))
				.with(csrf())
				.cookie(ENGLISH))
			.andExpect(redirectedUrl(page() + "/versions#submit"))
			.andExpect(flash().attribute("submitErrors", java.util.Map.of("submittedOn", "Required.")));
		this.mvc
			.perform(post(page() + "/submit").param("submittedOn", "15/01/2018")
				.param("version", "0")
				.with(user(principal(GENOA)))
				.with(csrf())
				.cookie(ENGLISH))
			.andExpect(flash().attribute("submitErrors",
					java.util.Map.of("submittedOn", "Enter a date such as 2026-03-31.")));
		this.mvc
			.perform(get(page() + "/versions").flashAttr("submitErrors", java.util.Map.of("submittedOn", "Required."))
				.flashAttr("submittedOn", "")
				.with(user(principal(GENOA)))
				.cookie(ENGLISH))
			.andExpect(content().string(allOf(containsString("id=\"submit-errors\""),
					containsString("<a href=\"#submittedOn\">Date of submission: Required.</a>"),
					containsString("aria-describedby=\"submit-hint submittedOn-error\""),
					containsString("id=\"submittedOn-error\""))));
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).isEmpty();

		this.mvc.perform(get(page() + "/compare").param("from", "9").with(user(principal(GENOA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This plan has not been submitted to the Covenant yet.")));
	}

	@Test
	void a_viewer_reads_without_the_form_and_another_tenant_gets_404() throws Exception {
		this.versions.submit(ADMIN, this.made.signatory(), this.made.plan(), java.time.LocalDate.of(2018, 1, 15), 0);
		this.plans.updateAction(ADMIN, this.made.signatory(), this.made.cycleLanes(),
				PlanVersionFixture.cycleLanesDone(this.made.plan(), 0));
		MiaUser viewer = viewerOf(this.made.id());
		this.mvc.perform(get(page() + "/versions").with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("id=\"version-1\""), not(containsString("id=\"submit-form\"")))));
		this.mvc.perform(get(page() + "/compare").param("from", "9").with(user(viewer)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"compare-errors\""),
					containsString("9 is not a submitted edition of this plan."))));
		this.mvc
			.perform(post(page() + "/submit").param("submittedOn", "2018-02-01")
				.param("version", "1")
				.with(user(viewer))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.versions.versions(ADMIN, this.made.signatory(), this.made.plan())).hasSize(1);

		for (String path : new String[] { "/versions", "/versions/1", "/compare?from=1" }) {
			this.mvc.perform(get(page() + path).with(user(principal(SABADELL_VIEWER))))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post(page() + "/submit").param("submittedOn", "2018-02-01")
				.param("version", "1")
				.with(user(principal(SABADELL_VIEWER)))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	private MiaUser viewerOf(long signatory) {
		String email = "versionville-page-viewer-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.mayorsinaction.eu";
		this.users.register(new NewUser(email, "Versionville viewer", "en", "correct horse battery", false,
				Role.SIGNATORY_VIEWER, null, signatory));
		return principal(email);
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private String page() {
		return "/app/signatories/" + this.made.id() + "/plans/" + this.made.plan();
	}

}
