package eu.mayorsinaction.inventory.web;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.inventory.BulkFixture;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryStatus;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bulk CSV import and export through the API, as a coordinator of a new organisation
 * (see {@link BulkFixture}): hand-worked totals, all or nothing on a bad row, an unknown
 * signatory or one it does not support, jobs private to their owner, and the export →
 * import round trip. Factors of the shipped set (IPCC 2006): natural gas 0.202 t/MWh,
 * diesel 0.267 t/MWh.
 */
@WebIntegrationTest
class BulkImportApiTests {

	private static final String HEADER = "signatory_id,inventory_type,inventory_year,population,sector,carrier,mwh,tco2,provenance\n";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String DEMO_PASSWORD = "demo-mayors-2026";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	InventoryManagement inventories;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void two_signatories_bei_are_stored_with_hand_worked_totals() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 2);
		long a = tenant.signatoryIds().get(0);
		long b = tenant.signatoryIds().get(1);
		String csv = HEADER + a + ",BEI,2010,12000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,MEASURED\n" //
				+ a + ",BEI,2010,12000,MUNICIPAL_FLEET,DIESEL,500,,ESTIMATED\n" //
				+ b + ",BEI,2010,,TERTIARY_BUILDINGS,NATURAL_GAS,2000.5,,\n" //
				+ a + ",BEI,2010,,WASTE,,,100,\n";

		String job = start(tenant.email(), csv);
		String state = await(tenant.email(), job);

		assertThat(state).contains("\"state\":\"DONE\"", "\"inventoriesStored\":2", "\"rowsStored\":4",
				"\"errorCount\":0", "\"percent\":100");
		// A: gas 1,000 MWh × 0.202 = 202 t; diesel 500 MWh × 0.267 = 133.5 t; waste 100 t
		// → 435.5 t CO2
		InventorySummary first = single(tenant, a);
		assertThat(first.status()).isEqualTo(InventoryStatus.COMPUTED);
		assertThat(first.totalTco2()).isCloseTo(435.5, within(1e-6));
		assertThat(first.nonEnergyTco2()).isCloseTo(100.0, within(1e-6));
		// B: gas 2,000.5 MWh × 0.202 = 404.101 t CO2
		assertThat(single(tenant, b).totalTco2()).isCloseTo(404.101, within(1e-6));
		assertThat(this.inventories.inventory(tenant.actor(), new SignatoryId(a), first.id()).data().population())
			.isEqualTo(12000);
	}

	@Test
	void an_inventory_that_cannot_be_computed_yet_is_stored_as_a_draft() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 1);
		long a = tenant.signatoryIds().get(0);
		// heat without local heat data or a heat factor: the engine cannot compute it
		String csv = HEADER + a + ",MEI,2014,,RESIDENTIAL_BUILDINGS,HEAT_COLD,400,,\n";

		String state = await(tenant.email(), start(tenant.email(), csv));

		assertThat(state).contains("\"state\":\"DONE\"", "\"inventoriesStored\":1");
		InventorySummary draft = single(tenant, a);
		assertThat(draft.status()).isEqualTo(InventoryStatus.DRAFT);
		assertThat(draft.totalTco2()).isNull();
	}

	@Test
	void a_bad_row_stores_nothing_and_the_report_names_the_lines() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 1);
		long a = tenant.signatoryIds().get(0);
		String csv = HEADER + a + ",BEI,2011,,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,\n" //
				+ a + ",BEI,2011,,RESIDENTIAL_BUILDINGS,ELECTRICTY,10,,\n" //
				+ a + ",BEI,2011,,MUNICIPAL_FLEET,DIESEL,-5,,\n" //
				+ a + ",BEI,2011,,RESIDENTIAL_BUILDINGS,NATURAL_GAS,7,,\n" //
				+ a + ",XEI,1989,,MUNICIPAL_FLEET,GASOLINE,1;5,,\n";

		MockMultipartFile file = new MockMultipartFile("file", "bad.csv", "text/csv", csv.getBytes());
		String started = this.mvc
			.perform(multipart("/api/v1/inventories/bulk").file(file)
				.with(httpBasic(tenant.email(), BulkFixture.PASSWORD)))
			.andExpect(status().isAccepted())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String job = JsonPath.read(started, "$.jobId");
		String state = await(tenant.email(), job);

		assertThat(state).contains("\"state\":\"FAILED\"", "\"inventoriesStored\":0");
		List<Integer> lines = JsonPath.read(state, "$.errors[*].line");
		List<String> columns = JsonPath.read(state, "$.errors[*].column");
		// line 1 is the header: the unknown carrier is on line 3, the negative number on
		// 4, the cell given again on 5, the bad type, year and number on 6
		assertThat(lines).containsExactly(3, 4, 5, 6, 6, 6);
		assertThat(columns).containsExactly("carrier", "mwh", "carrier", "inventory_type", "inventory_year", "mwh");
		assertThat(this.inventories.inventories(tenant.actor(), new SignatoryId(a))).isEmpty();
		String report = this.mvc
			.perform(get("/api/v1/inventories/bulk/" + job + "/errors.csv")
				.with(httpBasic(tenant.email(), BulkFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(report).startsWith("Line,Column,Value,Message\n")
			.contains("3,carrier,ELECTRICTY,Unknown code.\n")
			.contains("4,mwh,-5,\"Must be a number, zero or more.\"\n")
			.contains("5,carrier,RESIDENTIAL_BUILDINGS/NATURAL_GAS,")
			.contains("(first on line 2)")
			.contains("6,inventory_year,1989,The inventory year must be between 1990 and ")
			.contains("6,mwh,1;5,\"Not a number (use a decimal point");
	}

	@Test
	void a_population_that_differs_within_one_inventory_stores_nothing() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 1);
		long a = tenant.signatoryIds().get(0);
		String csv = HEADER + a + ",BEI,2012,5000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,10,,\n" //
				+ a + ",BEI,2012,,MUNICIPAL_FLEET,DIESEL,10,,\n" //
				+ a + ",BEI,2012,5001,WASTE,,,1,\n";

		String state = await(tenant.email(), start(tenant.email(), csv));

		assertThat(state).contains("\"state\":\"FAILED\"", "\"errorCount\":1",
				"\"line\":4,\"column\":\"population\",\"value\":\"5001\"",
				"The population differs from 5000, given on line 2 for the same inventory.");
		assertThat(this.inventories.inventories(tenant.actor(), new SignatoryId(a))).isEmpty();
	}

	@Test
	void an_unknown_signatory_or_one_not_supported_stores_nothing() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 1);
		long own = tenant.signatoryIds().get(0);
		long chiavari = this.organisations
			.findSignatories(((eu.mayorsinaction.user.MiaUser) this.users.loadUserByUsername(GENOA)).actor(),
					new SignatoryQuery("Chiavari", null, null, null, null), 0, 1)
			.items()
			.get(0)
			.id();
		String csv = HEADER + own + ",MEI,2012,,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,\n" //
				+ "987654321,MEI,2012,,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,\n" //
				+ chiavari + ",MEI,1991,,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000,,\n";

		String state = await(tenant.email(), start(tenant.email(), csv));

		assertThat(state).contains("\"state\":\"FAILED\"", "\"errorCount\":2");
		List<Integer> lines = JsonPath.read(state, "$.errors[*].line");
		List<String> messages = JsonPath.read(state, "$.errors[*].message");
		assertThat(lines).containsExactly(3, 4);
		assertThat(messages).containsExactly(
				"Signatory 987654321 does not exist or you may not change its inventories.",
				"Signatory " + chiavari + " does not exist or you may not change its inventories.");
		assertThat(this.inventories.inventories(tenant.actor(), new SignatoryId(own))).isEmpty();
	}

	@Test
	void a_job_is_its_owner_s_only_and_a_viewer_may_not_import() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 1);
		String job = start(tenant.email(), HEADER + tenant.signatoryIds().get(0) + ",BEI,2013,,WASTE,,,5,\n");
		await(tenant.email(), job);

		this.mvc.perform(get("/api/v1/inventories/bulk/" + job).with(httpBasic(GENOA, DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inventories/bulk/" + job + "/errors.csv").with(httpBasic(GENOA, DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/inventories/bulk/no-such-job").with(httpBasic(GENOA, DEMO_PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/inventories/bulk").contentType("text/csv")
				.content(HEADER)
				.with(httpBasic(SABADELL_VIEWER, DEMO_PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/inventories/bulk").contentType("text/csv")
				.content("")
				.with(httpBasic(tenant.email(), BulkFixture.PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void export_then_import_round_trips() throws Exception {
		BulkFixture.Tenant tenant = BulkFixture.create(this.organisations, this.users, 2);
		long a = tenant.signatoryIds().get(0);
		long b = tenant.signatoryIds().get(1);
		String csv = HEADER + a + ",BEI,2005,25000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1234.5,,MEASURED\n" //
				+ a + ",BEI,2005,25000,WASTEWATER,,,12.25,\n" //
				+ a + ",MEI,2015,24000,PUBLIC_LIGHTING,ELECTRICITY,300,,DEFAULT\n" //
				+ b + ",BEI,2007,,INDUSTRY_NON_ETS,COAL,50,,IMPORTED\n";
		assertThat(await(tenant.email(), start(tenant.email(), csv))).contains("\"state\":\"DONE\"");

		String exported = export(tenant);
		assertThat(exported.lines().toList()).hasSize(5)
			.contains(a + ",BEI,2005,25000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1234.5,,MEASURED",
					a + ",BEI,2005,25000,WASTEWATER,,,12.25,", b + ",BEI,2007,,INDUSTRY_NON_ETS,COAL,50,,IMPORTED");
		// importing it again: every inventory exists already
		String again = await(tenant.email(), start(tenant.email(), exported));
		assertThat(again).contains("\"state\":\"FAILED\"", "\"errorCount\":3",
				"Signatory " + a + " already has a BEI inventory for 2005.");

		for (long signatory : tenant.signatoryIds()) {
			for (InventorySummary inventory : this.inventories.inventories(tenant.actor(),
					new SignatoryId(signatory))) {
				this.inventories.deleteInventory(tenant.actor(), new SignatoryId(signatory), inventory.id());
			}
		}
		assertThat(await(tenant.email(), start(tenant.email(), exported))).contains("\"state\":\"DONE\"",
				"\"inventoriesStored\":3");
		assertThat(export(tenant)).isEqualTo(exported);
	}

	private String export(BulkFixture.Tenant tenant) throws Exception {
		return this.mvc
			.perform(get("/api/v1/inventories/bulk").param("organisation", String.valueOf(tenant.organisationId()))
				.with(httpBasic(tenant.email(), BulkFixture.PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private InventorySummary single(BulkFixture.Tenant tenant, long signatory) {
		List<InventorySummary> list = this.inventories.inventories(tenant.actor(), new SignatoryId(signatory));
		assertThat(list).hasSize(1);
		return list.get(0);
	}

	private String start(String email, String csv) throws Exception {
		String answer = this.mvc
			.perform(post("/api/v1/inventories/bulk").contentType("text/csv")
				.content(csv)
				.with(httpBasic(email, BulkFixture.PASSWORD)))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(answer, "$.jobId");
	}

	/** Polls the job until it ends (at most 60 s) and answers its last state. */
	private String await(String email, String job) throws Exception {
		long until = System.currentTimeMillis() + 60_000;
		while (true) {
			String state = this.mvc
				.perform(get("/api/v1/inventories/bulk/" + job).with(httpBasic(email, BulkFixture.PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			if (!state.contains("\"state\":\"RUNNING\"") || System.currentTimeMillis() > until) {
				return state;
			}
			Thread.sleep(100);
		}
	}

}
