package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
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
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signatory's stored inventories through the API, as the demo's people: computed on
 * save with hand-worked figures, concurrent edits, validation, who may do what, and the
 * audited recompute. Each test uses its own type and year (the context is shared).
 */
@WebIntegrationTest
class InventoryApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

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
	 * Hand-worked (t, t/MWh), no local production, so EFE = the national factor given:
	 * <ul>
	 * <li>MUNICIPAL_BUILDINGS natural gas: 1,000 MWh × 0.202 = 202</li>
	 * <li>RESIDENTIAL_BUILDINGS electricity: 2,000 MWh × 0.4 = 800</li>
	 * <li>PRIVATE_COMMERCIAL_TRANSPORT diesel: 10,000 MWh × 0.267 = 2,670</li>
	 * <li>energy 202 + 800 + 2,670 = 3,672; non-energy (waste) 500; total 4,172</li>
	 * <li>per capita 4,172 / 27,000 = 0.1545185… → 0.154519</li>
	 * </ul>
	 */
	@Test
	void a_bei_is_stored_with_its_computed_totals_and_read_back() throws Exception {
		long chiavari = signatory("Chiavari").id();
		String location = create(CHIAVARI_EDITOR, chiavari, inventory("BEI", 2008, null))
			.andExpect(jsonPath("$.status").value("COMPUTED"))
			.andExpect(jsonPath("$.country").value("IT"))
			.andExpect(jsonPath("$.factorSetName").isNotEmpty())
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.result.totals.energy").value(3672.0))
			.andExpect(jsonPath("$.result.totals.total").value(4172.0))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(location, "$.id")).longValue();

		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("BEI"))
			.andExpect(jsonPath("$.year").value(2008))
			.andExpect(jsonPath("$.consumption", hasSize(3)))
			.andExpect(jsonPath("$.consumption[0].sector").value("MUNICIPAL_BUILDINGS"))
			.andExpect(jsonPath("$.consumption[0].carrier").value("NATURAL_GAS"))
			.andExpect(jsonPath("$.consumption[0].mwh").value(1000.0))
			.andExpect(jsonPath("$.consumption[0].provenance").value("MEASURED"))
			.andExpect(jsonPath("$.consumption[0].note").value("gas bills 2008"))
			.andExpect(jsonPath("$.nonEnergy[0].tco2").value(500.0))
			.andExpect(jsonPath("$.result.electricityFactor").value(0.4))
			.andExpect(jsonPath("$.result.emissions[0].tco2").value(202.0))
			.andExpect(jsonPath("$.result.emissions[1].tco2").value(800.0))
			.andExpect(jsonPath("$.result.emissions[2].tco2").value(2670.0))
			.andExpect(jsonPath("$.result.totals.bySector.PRIVATE_COMMERCIAL_TRANSPORT").value(2670.0))
			.andExpect(jsonPath("$.result.totals.nonEnergy").value(500.0))
			.andExpect(jsonPath("$.result.totals.total").value(4172.0))
			.andExpect(jsonPath("$.result.totals.perCapita").value(0.154519));

		// The Sabadell viewer may not see Chiavari's inventories at all.
		this.mvc.perform(get(inventories(chiavari)).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_list_shows_each_inventory_with_its_stored_totals() throws Exception {
		long chiavari = signatory("Chiavari").id();
		long id = id(create(GENOA, chiavari, inventory("MEI", 2019, null)).andReturn().getResponse());
		this.mvc.perform(get(inventories(chiavari)).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].type").value(hasItem("MEI")))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].totalTco2").value(hasItem(4172.0)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].nonEnergyTco2").value(hasItem(500.0)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(hasItem("COMPUTED")));
	}

	/** 1,500 MWh natural gas × 0.202 = 303 instead of 202: total 4,172 + 101 = 4,273. */
	@Test
	void an_update_needs_the_version_read_and_is_computed_again() throws Exception {
		long chiavari = signatory("Chiavari").id();
		long id = id(create(CHIAVARI_EDITOR, chiavari, inventory("MEI", 2015, null)).andReturn().getResponse());
		String changed = inventory("MEI", 2015, 0).replace("\"mwh\": 1000,", "\"mwh\": 1500,");
		this.mvc
			.perform(put(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.consumption[0].mwh").value(1500.0))
			.andExpect(jsonPath("$.result.emissions[0].tco2").value(303.0))
			.andExpect(jsonPath("$.result.totals.total").value(4273.0));
		this.mvc
			.perform(put(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(changed))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("error.editConflict"));
	}

	@Test
	void a_deleted_inventory_is_gone() throws Exception {
		long chiavari = signatory("Chiavari").id();
		long id = id(create(CHIAVARI_EDITOR, chiavari, inventory("MEI", 2016, null)).andReturn().getResponse());
		this.mvc.perform(delete(inventories(chiavari) + "/" + id).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(delete(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isNoContent());
		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("inventory.notFound"));
		assertThat(history(id)).extracting(AuditEntryView::action).contains("CREATE", "DELETE");
	}

	@Test
	void bad_input_names_each_field_and_stores_nothing() throws Exception {
		long chiavari = signatory("Chiavari").id();
		String body = """
				{ "type": "MEI", "year": 1989, "population": 0, "country": "XX",
				  "consumption": [ { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": -5 } ],
				  "nonEnergy": [ { "sector": "WASTE" } ] }
				""";
		create(CHIAVARI_EDITOR, chiavari, body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("year")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("population")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("country")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("consumption[0].mwh")))
			.andExpect(jsonPath("$.fields[*].field", hasItem("nonEnergy[0].tco2")))
			.andExpect(jsonPath("$.fields[*].code", hasItem("inventory.populationNotPositive")));
		this.mvc.perform(get(inventories(chiavari)).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$[?(@.year == 1989)]", hasSize(0)));
		create(CHIAVARI_EDITOR, chiavari,
				"{ \"type\": \"MEI\", \"year\": 2012, \"consumption\": [ "
						+ "{ \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"NOT_A_CARRIER\", \"mwh\": 1 } ] }")
			.andExpect(status().isBadRequest());
	}

	/**
	 * 500 MWh of heat without a heat factor or local heat data cannot be computed:
	 * refused as a computed inventory, kept as a draft with the reason, computed once the
	 * factor is given: 500 MWh × 0.2 t/MWh = 100 t.
	 */
	@Test
	void an_incomplete_inventory_is_kept_as_a_draft_until_it_can_be_computed() throws Exception {
		long chiavari = signatory("Chiavari").id();
		String heatOnly = """
				{ "type": "MEI", "year": 2013, "population": 27000,
				  "consumption": [ { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "HEAT_COLD", "mwh": 500 } ] }
				""";
		create(CHIAVARI_EDITOR, chiavari, heatOnly).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inventory.missingHeatData"));
		var draft = this.mvc
			.perform(post(inventories(chiavari) + "?draft=true").with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(heatOnly))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.problem").value("inventory.missingHeatData"))
			.andExpect(jsonPath("$.result").doesNotExist())
			.andReturn()
			.getResponse();
		long id = id(draft);
		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problem").value("inventory.missingHeatData"));
		String withFactor = heatOnly.replace("\"population\": 27000,",
				"\"population\": 27000, \"heatFactor\": 0.2, \"version\": 0,");
		this.mvc
			.perform(put(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(withFactor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("COMPUTED"))
			.andExpect(jsonPath("$.problem").doesNotExist())
			.andExpect(jsonPath("$.result.totals.total").value(100.0));
	}

	@Test
	void the_same_type_and_year_twice_is_refused() throws Exception {
		long chiavari = signatory("Chiavari").id();
		create(CHIAVARI_EDITOR, chiavari, inventory("MEI", 2017, null)).andExpect(status().isCreated());
		create(CHIAVARI_EDITOR, chiavari, inventory("MEI", 2017, null)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inventory.alreadyExists"));
	}

	@Test
	void a_viewer_may_read_but_not_create() throws Exception {
		long sabadell = signatory("Sabadell").id();
		this.mvc.perform(get(inventories(sabadell)).with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isOk());
		create(SABADELL_VIEWER, sabadell, inventory("BEI", 2008, null)).andExpect(status().isForbidden());
		create(SABADELL_VIEWER, signatory("Chiavari").id(), inventory("BEI", 2009, null))
			.andExpect(status().isNotFound());
	}

	@Test
	void a_recompute_is_recorded_in_the_audit_trail() throws Exception {
		long chiavari = signatory("Chiavari").id();
		long id = id(create(CHIAVARI_EDITOR, chiavari, inventory("MEI", 2018, null)).andReturn().getResponse());
		this.mvc
			.perform(post(inventories(chiavari) + "/" + id + "/recompute").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(inventories(chiavari) + "/" + id + "/recompute").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.result.totals.total").value(4172.0));
		List<AuditEntryView> history = history(id);
		assertThat(history).extracting(AuditEntryView::action).contains("CREATE", "RECOMPUTE");
		AuditEntryView recompute = history.stream().filter((e) -> e.action().equals("RECOMPUTE")).findFirst().get();
		assertThat(recompute.signatoryId()).isEqualTo(chiavari);
		assertThat(recompute.after()).containsKeys("totalTco2", "factorSet").doesNotContainKey("consumption");
	}

	private org.springframework.test.web.servlet.ResultActions create(String email, long signatory, String body)
			throws Exception {
		return this.mvc.perform(post(inventories(signatory)).with(httpBasic(email, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static long id(org.springframework.mock.web.MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	private static String inventory(String type, int year, Integer version) {
		return """
				{ "type": "%s", "year": %d, "approach": "IPCC", "unit": "CO2", "population": 27000,
				  "nationalElectricityFactor": 0.4,
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000,
				      "provenance": "MEASURED", "note": "gas bills 2008" },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000, "provenance": "ESTIMATED" },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ],
				  "nonEnergy": [ { "sector": "WASTE", "tco2": 500 } ],
				  "version": %s }
				"""
			.formatted(type, year, version);
	}

	private static String inventories(long signatory) {
		return "/api/v1/signatories/" + signatory + "/inventories";
	}

	private List<AuditEntryView> history(long id) {
		return this.audit.history("INVENTORY", id);
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
