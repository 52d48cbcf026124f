package eu.mayorsinaction.inventory.web;

import java.util.Set;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.template.FilledTemplates;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The template import pages: upload, preview (nothing stored), confirm (stored), a
 * corrupt file, a token of another session, and who may import. Sestri Levante's
 * inventories of 1999/2000 are stored only here.
 */
@WebIntegrationTest
class InventoryTemplatePageTests {

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	UserManagement users;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_coordinator_previews_a_workbook_and_stores_it_on_confirmation() throws Exception {
		long sestri = signatory("Sestri Levante").id();
		String base = "/app/signatories/" + sestri + "/inventories/import";
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(get(base).with(user(principal(GENOA))).session(session)).andExpect(status().isOk());
		String page = this.mvc.perform(
				multipart(base).file(workbook(1999, 2000)).with(user(principal(GENOA))).with(csrf()).session(session))
			.andExpect(status().isOk())
			// The skipped "n/a" of F29 is named.
			.andExpect(content().string(containsString("F29")))
			.andExpect(content().string(containsString("n/a")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(years(sestri)).doesNotContain(1999, 2000);
		String token = page.replaceAll("(?s).*name=\"token\" value=\"([^\"]+)\".*", "$1");
		this.mvc
			.perform(post(base + "/confirm").param("token", "not-the-token")
				.with(user(principal(GENOA)))
				.with(csrf())
				.session(new MockHttpSession()))
			.andExpect(status().isOk());
		assertThat(years(sestri)).doesNotContain(1999, 2000);
		this.mvc
			.perform(post(base + "/confirm").param("token", token)
				.with(user(principal(GENOA)))
				.with(csrf())
				.session(session))
			.andExpect(redirectedUrl("/app/signatories/" + sestri + "/inventories"));
		assertThat(years(sestri)).contains(1999, 2000);
	}

	@Test
	void a_corrupt_file_shows_its_reason_and_a_viewer_may_not_import() throws Exception {
		long chiavari = signatory("Chiavari").id();
		String base = "/app/signatories/" + chiavari + "/inventories/import";
		this.mvc
			.perform(multipart(base)
				.file(new MockMultipartFile("file", "seap.xls", "application/vnd.ms-excel", "garbage".getBytes()))
				.with(user(principal(CHIAVARI_EDITOR)))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Excel")))
			.andExpect(content().string(containsString("alert-danger")));
		long sabadell = signatory("Sabadell").id();
		this.mvc
			.perform(get("/app/signatories/" + sabadell + "/inventories/import").with(user(principal(SABADELL_VIEWER))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(base).with(user(principal(SABADELL_VIEWER)))).andExpect(status().isNotFound());
	}

	private static MockMultipartFile workbook(int beiYear, int meiYear) throws Exception {
		return new MockMultipartFile("file", "seap-chiavari.xls", "application/vnd.ms-excel",
				FilledTemplates.filled(false, false, beiYear, meiYear));
	}

	private java.util.List<Integer> years(long signatory) {
		return this.inventories.inventories(admin(), new SignatoryId(signatory))
			.stream()
			.map(InventorySummary::year)
			.toList();
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private SignatoryView signatory(String name) {
		return this.organisations.findSignatories(admin(), new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

	private static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

}
