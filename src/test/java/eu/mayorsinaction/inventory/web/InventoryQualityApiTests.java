package eu.mayorsinaction.inventory.web;

import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The data-quality findings through the API. The peer group is built by hand in Portugal,
 * where neither the demo nor any other test has signatories: five new peers of 1 000
 * inhabitants with 1, 2, 3, 4 and 5 MWh/inhabitant of residential electricity, and a
 * sixth ("Zagreb" in the working below) with 9.
 */
@WebIntegrationTest
class InventoryQualityApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * Peers' residential MWh/inhabitant 1, 2, 3, 4, 5: median 3; |deviations| 2, 1, 0, 1,
	 * 2 → MAD 1. Zagreb: 9 000 MWh / 1 000 inhabitants = 9 MWh/inhabitant, z = 0.6745 ×
	 * (9 − 3) / 1 = 4.047 > 3.5 → high outlier. Zagreb covers only residential: 1 of 4
	 * key sectors < 3 → coverage error.
	 */
	@Test
	void an_outlier_is_judged_on_aggregated_peer_figures_only() throws Exception {
		String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
		long[] peers = new long[5];
		for (int i = 0; i < peers.length; i++) {
			peers[i] = portuguese("Qualitypeer " + (i + 1) + " " + suffix);
			create(peers[i], 2011, (i + 1) * 1000);
		}
		long zagreb = portuguese("Qualitycentre " + suffix);
		long id = create(zagreb, 2011, 9000);
		String body = this.mvc
			.perform(get(quality(zagreb, id)).with(httpBasic(ADMIN, PASSWORD)).header("Accept-Language", "en"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value("PT"))
			.andExpect(jsonPath("$.peerCount").value(5))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.coverage.insufficient')].value").value(hasItem(1.0)))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].sector")
				.value(hasItem("RESIDENTIAL_BUILDINGS")))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].median").value(hasItem(3.0)))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].mad").value(hasItem(1.0)))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].z")
				.value(hasItem(closeTo(4.047, 0.0005))))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].peerCount").value(hasItem(5)))
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.outlier.high')].message")
				.value(hasItem("Residential buildings: 9 MWh per inhabitant is far above the other signatories of the "
						+ "country (median 3, MAD 1, robust z 4.05, 5 peers).")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Aggregates only: no peer's name, id or value.
		assertThat(body).doesNotContain("Qualitypeer", "signatoryId");
		// Zagreb's own figures only (1 key sector covered, 0 MWh, 9 MWh/inh), no peer's
		// 2, 4, 5.
		assertThat(JsonPath.<java.util.List<Object>>read(body, "$.findings[*].value")).doesNotContain(2.0, 4.0, 5.0);

		// A peer in turn: Samobor (2 MWh/inh) against Zagreb 9 and the others 1, 3, 4, 5:
		// sorted 1, 3, 4, 5, 9: median 4, |deviations| 3, 1, 0, 1, 5 → MAD 1; z = 0.6745
		// × (2 − 4) / 1 = −1.349:
		// no outlier finding.
		long samobor = peers[1];
		long samoborId = ((Number) JsonPath.read(this.mvc
			.perform(get("/api/v1/signatories/" + samobor + "/inventories").with(httpBasic(ADMIN, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id")).longValue();
		this.mvc.perform(get(quality(samobor, samoborId)).with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.peerCount").value(5))
			.andExpect(jsonPath("$.findings[*].code", not(hasItem("quality.outlier.high"))))
			.andExpect(jsonPath("$.findings[*].code", not(hasItem("quality.outlier.low"))));
	}

	@Test
	void another_tenant_gets_404_and_findings_are_translated() throws Exception {
		long rapallo = signatory("Rapallo").id();
		long id = ((Number) JsonPath
			.read(this.mvc
				.perform(post("/api/v1/signatories/" + rapallo + "/inventories").with(httpBasic(GENOA, PASSWORD))
					.param("draft", "true")
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{ "type": "MEI", "year": 1990, "consumption": [
							  { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 100 } ] }
							"""))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(), "$.id"))
			.longValue();
		this.mvc.perform(get(quality(rapallo, id)).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(quality(rapallo, id)).with(httpBasic(GENOA, PASSWORD)).header("Accept-Language", "it"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.completeness.populationMissing')].message")
				.value(hasItem("Nessuna popolazione registrata: i valori pro capite e il confronto con gli altri "
						+ "firmatari sono impossibili.")))
			// 1 of 4 key sectors (residential only)
			.andExpect(jsonPath("$.findings[?(@.code == 'quality.coverage.insufficient')].message")
				.value(hasItem("L'inventario copre 1 dei 4 settori chiave (comunale, terziario, residenziale, "
						+ "trasporti); il Patto ne richiede almeno 3.")));
		this.mvc.perform(get(quality(rapallo, 999999999)).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	/** A computed BEI of 1 000 inhabitants with residential electricity only (MWh). */
	private long create(long signatory, int year, int residentialMwh) throws Exception {
		String body = """
				{ "type": "BEI", "year": %d, "population": 1000, "nationalElectricityFactor": 0.4,
				  "consumption": [ { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": %d } ] }
				""".formatted(year, residentialMwh);
		String response = this.mvc
			.perform(post("/api/v1/signatories/" + signatory + "/inventories").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return ((Number) JsonPath.read(response, "$.id")).longValue();
	}

	private static String quality(long signatory, long id) {
		return "/api/v1/signatories/" + signatory + "/inventories/" + id + "/quality";
	}

	/** A new signatory in Portugal, supported by nobody. */
	private long portuguese(String name) {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		return this.organisations
			.createSignatory(admin,
					new eu.mayorsinaction.organisation.SignatoryData(name, "PT", null, 1000, 2021, null, null, null,
							null, java.time.LocalDate.of(2012, 1, 1),
							eu.mayorsinaction.organisation.SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id();
	}

	private SignatoryView signatory(String name) {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		return this.organisations.findSignatories(admin, new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
