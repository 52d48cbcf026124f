package eu.mayorsinaction.inventory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin pages on factor sets with bad input: translated field errors and row errors,
 * nothing stored, never a 500; the confirm step re-reads the file; only the platform
 * admin gets in.
 */
@WebIntegrationTest
class FactorSetPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	FactorSetManagement factorSets;

	@Autowired
	UserManagement users;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_missing_name_is_a_translated_field_error_and_nothing_is_stored() throws Exception {
		int before = this.factorSets.factorSets().size();
		this.mvc
			.perform(multipart("/app/admin/factor-sets/upload").file(file("kind,key,year,factor\nfuel,COAL,,0.341\n"))
				.param("source", "somewhere")
				.param("approach", "IPCC")
				.param("unit", "CO2")
				.cookie(new jakarta.servlet.http.Cookie("mia-lang", "nl"))
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Verbeter de hieronder gemarkeerde velden.")))
			.andExpect(content().string(containsString("Verplicht.")))
			.andExpect(content().string(not(containsString("factor-set-confirm"))));
		this.mvc
			.perform(multipart("/app/admin/factor-sets/upload").param("name", "x")
				.param("source", "y")
				.param("approach", "IPCC")
				.param("unit", "CO2")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose a CSV file.")));
		assertThat(this.factorSets.factorSets()).hasSize(before);
	}

	@Test
	void a_confirm_with_a_file_that_has_errors_stores_nothing_and_shows_them() throws Exception {
		int before = this.factorSets.factorSets().size();
		this.mvc
			.perform(post("/app/admin/factor-sets/upload/confirm").param("name", "Page test " + UUID.randomUUID())
				.param("source", "test")
				.param("approach", "IPCC")
				.param("unit", "CO2")
				.param("makeDefault", "false")
				.param("csv", "kind,key,year,factor\nfuel,COAL,,0.341\nelectricity,ZZ,2013,0.3\n")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Line 3:")))
			.andExpect(content().string(containsString("Unknown country &quot;ZZ&quot;")));
		assertThat(this.factorSets.factorSets()).hasSize(before);
	}

	@Test
	void a_good_confirm_stores_the_set_and_its_csv_can_be_downloaded() throws Exception {
		String name = "Page test " + UUID.randomUUID();
		this.mvc
			.perform(post("/app/admin/factor-sets/upload/confirm").param("name", name)
				.param("source", "test")
				.param("approach", "LCA")
				.param("unit", "CO2_EQ")
				.param("csv", "kind,key,year,factor\nfuel,COAL,,0.39\n")
				.with(admin())
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/app/admin/factor-sets/*"));
		FactorSetSummary stored = this.factorSets.factorSets()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(stored.approach()).isEqualTo(Approach.LCA);
		assertThat(stored.unit()).isEqualTo(EmissionUnit.CO2_EQ);
		assertThat(stored.defaultForNew()).isFalse();
		this.mvc.perform(get("/app/admin/factor-sets/" + stored.id() + "/csv").with(admin()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string("kind,key,year,factor\nfuel,COAL,,0.39\n"));
		this.mvc.perform(get("/app/admin/factor-sets/" + stored.id()).with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("LCA (life cycle)")));
		// unused and not the default: it may be deleted
		this.mvc.perform(post("/app/admin/factor-sets/" + stored.id() + "/delete").with(admin()).with(csrf()))
			.andExpect(status().isFound());
		this.mvc.perform(get("/app/admin/factor-sets/" + stored.id()).with(admin())).andExpect(status().isNotFound());
		// the default set may not be deleted: 409, translated
		this.mvc
			.perform(post("/app/admin/factor-sets/" + this.factorSets.defaultSet().id() + "/delete").with(admin())
				.with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void only_the_platform_admin_gets_in() throws Exception {
		this.mvc.perform(get("/app/admin/factor-sets").with(as("editor.chiavari@demo.mayorsinaction.eu")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/app/admin/factor-sets/upload").file(file("kind,key,year,factor\nfuel,COAL,,0.3\n"))
				.param("name", "x")
				.with(as("editor.chiavari@demo.mayorsinaction.eu"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/app/admin/factor-sets/999999999").with(admin())).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
		return as("admin@demo.mayorsinaction.eu");
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String email) {
		return user((MiaUser) this.users.loadUserByUsername(email));
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "set.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

}
