package eu.mayorsinaction.inventory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/v1/factor-sets} and recompute with set X, as the demo's people: anyone
 * signed in reads the sets; only the platform admin uploads, with a preview that stores
 * nothing; an inventory recomputed with another set changes by a hand-worked amount and
 * the audit trail says so. Set names are unique per test and no test changes the default
 * set (the context is shared); the inventory is Chiavari's MEI 1997, used by no other
 * test.
 */
@WebIntegrationTest
class FactorSetApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	FactorSetManagement factorSets;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	String name;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		this.name = "API test set " + UUID.randomUUID();
	}

	@Test
	void anyone_signed_in_reads_the_sets_and_all_factors_of_one() throws Exception {
		long shipped = this.factorSets.defaultSet().id();
		this.mvc.perform(get("/api/v1/factor-sets").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + shipped + ")].name").value(hasItem(ReferenceFactorSets.NAME)))
			.andExpect(jsonPath("$[?(@.id == " + shipped + ")].defaultForNew").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.id == " + shipped + ")].shipped").value(hasItem(true)))
			.andExpect(jsonPath("$[?(@.id == " + shipped + ")].fuelFactors").value(hasItem(12)))
			.andExpect(jsonPath("$[?(@.id == " + shipped + ")].electricityFactors").value(hasItem(174)));
		this.mvc.perform(get("/api/v1/factor-sets/" + shipped).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.set.version").value(1))
			.andExpect(jsonPath("$.set.approach").value("IPCC"))
			.andExpect(jsonPath("$.set.notes").value(org.hamcrest.Matchers.containsString("CO2-eq")))
			.andExpect(jsonPath("$.fuelFactors.NATURAL_GAS").value(0.202))
			.andExpect(jsonPath("$.fuelFactors.OTHER_FOSSIL").doesNotExist())
			.andExpect(jsonPath("$.electricityFactors.IT.2013").value(0.344));
		this.mvc.perform(get("/api/v1/factor-sets/" + shipped + "/csv").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(org.hamcrest.Matchers.startsWith("kind,key,year,factor\nfuel,NATURAL_GAS,,0.202\n")));
		this.mvc.perform(get("/api/v1/factor-sets/999999999/csv").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("factorSet.notFound"));
		this.mvc.perform(get("/api/v1/factor-sets/999999999").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("factorSet.notFound"));
		this.mvc.perform(get("/api/v1/factor-sets")).andExpect(status().isUnauthorized());
	}

	@Test
	void a_preview_with_a_bad_row_names_its_line_and_stores_nothing() throws Exception {
		int before = this.factorSets.factorSets().size();
		String bad = "kind,key,year,factor\nfuel,NATURAL_GAS,,0.25\nfuel,NATURAL_GAS,,0,25\nelectricity,IT,2013,0.344\n";

		upload(ADMIN, bad, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(false))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].line").value(3))
			.andExpect(jsonPath("$.errors[0].code").value("factorSet.csv.tooManyCells"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The line has 5 cells but the header has 4: write decimals with a point, not a comma."));
		upload(ADMIN, bad, true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("factorSet.upload.rejected"))
			.andExpect(jsonPath("$.errors[0].line").value(3));
		// A missing name is a field error, never a 500.
		this.mvc
			.perform(multipart("/api/v1/factor-sets").file(file(GOOD))
				.param("source", "test")
				.param("commit", "true")
				.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("name"))
			.andExpect(jsonPath("$.fields[0].code").value("factorSet.required"));

		assertThat(this.factorSets.factorSets()).hasSize(before);
	}

	@Test
	void only_the_platform_admin_uploads_and_a_good_upload_of_a_known_name_is_version_2() throws Exception {
		upload(CHIAVARI_EDITOR, GOOD, true).andExpect(status().isForbidden());
		upload("coordinator.genoa@demo.mayorsinaction.eu", GOOD, false).andExpect(status().isForbidden());
		assertThat(this.factorSets.factorSets()).noneMatch((s) -> s.name().equals(this.name));

		upload(ADMIN, GOOD, true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stored").value(true))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.set.shipped").value(false))
			.andExpect(jsonPath("$.set.defaultForNew").value(false));
		upload(ADMIN, GOOD.replace("0.25", "0.26"), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2));
		String second = upload(ADMIN, GOOD.replace("0.25", "0.26"), true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.set.fuelFactors").value(2))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(second, "$.set.id")).longValue();
		this.mvc.perform(get("/api/v1/factor-sets/" + id).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(jsonPath("$.fuelFactors.NATURAL_GAS").value(0.26));
		this.mvc.perform(post("/api/v1/factor-sets/" + id + "/default").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isForbidden());
	}

	/**
	 * Hand-worked (t), national electricity factor given (0.4 t/MWh, no local
	 * production):
	 * <ul>
	 * <li>shipped set: natural gas 1,000 MWh × 0.202 = 202; electricity 2,000 × 0.4 =
	 * 800; diesel 10,000 × 0.267 = 2,670; waste 500; total 4,172</li>
	 * <li>with the uploaded set (natural gas 0.25): 1,000 × 0.25 = 250 instead of 202, so
	 * 4,172 + 48 = 4,220</li>
	 * </ul>
	 */
	@Test
	void recompute_with_set_x_changes_the_figures_and_the_audit_trail_has_both_sets() throws Exception {
		long chiavari = chiavari();
		String shippedLabel = this.factorSets.defaultSet().label();
		String created = upload(ADMIN, GOOD, true).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long setX = ((Number) JsonPath.read(created, "$.set.id")).longValue();
		String inventory = this.mvc
			.perform(post("/api/v1/signatories/" + chiavari + "/inventories").with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(INVENTORY))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.factorSetId").value(this.factorSets.defaultSet().id()))
			.andExpect(jsonPath("$.result.totals.total").value(4172.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(inventory, "$.id")).longValue();
		String recompute = "/api/v1/signatories/" + chiavari + "/inventories/" + id + "/recompute?factorSetId=";

		this.mvc.perform(post(recompute + setX).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(recompute + 999999999).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("factorSet.notFound"));
		this.mvc.perform(post(recompute + setX).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.factorSetId").value(setX))
			.andExpect(jsonPath("$.factorSetName").value(this.name))
			.andExpect(jsonPath("$.result.emissions[0].carrier").value("NATURAL_GAS"))
			.andExpect(jsonPath("$.result.emissions[0].factor").value(0.25))
			.andExpect(jsonPath("$.result.emissions[0].tco2").value(250.0))
			.andExpect(jsonPath("$.result.totals.total").value(4220.0));
		this.mvc
			.perform(get("/api/v1/signatories/" + chiavari + "/inventories/" + id)
				.with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$.result.totals.total").value(4220.0));

		List<AuditEntryView> history = this.audit.history("INVENTORY", id);
		AuditEntryView entry = history.stream().filter((e) -> e.action().equals("RECOMPUTE")).findFirst().orElseThrow();
		assertThat(entry.actorName()).isNotBlank();
		assertThat(entry.before()).containsEntry("factorSet", shippedLabel).containsEntry("totalTco2", 4172.0);
		assertThat(entry.after()).containsEntry("factorSet", this.name + " v1");
		assertThat(((Number) entry.after().get("totalTco2")).doubleValue()).isCloseTo(4220.0,
				org.assertj.core.api.Assertions.within(0.000001));
		assertThat(entry.detail()).contains(shippedLabel).contains(this.name + " v1");

		// A set of the other approach is refused (422) and changes nothing.
		String lca = this.mvc
			.perform(multipart("/api/v1/factor-sets").file(file(GOOD))
				.param("name", this.name + " LCA")
				.param("source", "test")
				.param("approach", "LCA")
				.param("unit", "CO2_EQ")
				.param("commit", "true")
				.with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long lcaSet = ((Number) JsonPath.read(lca, "$.set.id")).longValue();
		this.mvc.perform(post(recompute + lcaSet).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.code").value("inventory.factorSetForOtherApproach"));
		this.mvc
			.perform(get("/api/v1/signatories/" + chiavari + "/inventories/" + id)
				.with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$.factorSetId").value(setX))
			.andExpect(jsonPath("$.result.totals.total").value(4220.0));

		// The stateless calculation may use any set, and keeps using the default
		// otherwise.
		this.mvc
			.perform(post("/api/v1/calculations/inventory?factorSetId=" + setX)
				.with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(INVENTORY.replace("\"type\": \"MEI\", ", "\"country\": \"IT\", ")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.total").value(4220.0));
	}

	/** Natural gas 0.25 instead of the shipped 0.202; diesel as shipped (t/MWh). */
	private static final String GOOD = """
			kind,key,year,factor
			fuel,NATURAL_GAS,,0.25
			fuel,DIESEL,,0.267
			electricity,IT,2013,0.344
			""";

	private static final String INVENTORY = """
			{ "type": "MEI", "year": 1997, "approach": "IPCC", "unit": "CO2", "population": 27000,
			  "nationalElectricityFactor": 0.4,
			  "consumption": [
			    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
			    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
			    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ],
			  "nonEnergy": [ { "sector": "WASTE", "tco2": 500 } ] }
			""";

	private ResultActions upload(String email, String csv, boolean commit) throws Exception {
		return this.mvc.perform(multipart("/api/v1/factor-sets").file(file(csv))
			.param("name", this.name)
			.param("source", "test: natural gas 0.25 t/MWh")
			.param("approach", "IPCC")
			.param("unit", "CO2")
			.param("commit", String.valueOf(commit))
			.with(httpBasic(email, PASSWORD)));
	}

	private static MockMultipartFile file(String csv) {
		return new MockMultipartFile("file", "set.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private long chiavari() {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		return this.organisations.findSignatories(admin, new SignatoryQuery("Chiavari", null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals("Chiavari"))
			.findFirst()
			.orElseThrow()
			.id();
	}

}
