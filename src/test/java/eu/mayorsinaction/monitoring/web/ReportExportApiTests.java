package eu.mayorsinaction.monitoring.web;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.inventory.InventoryTemplates;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Full Report's export (template layout, CSV, XLSX) read back, on a new signatory
 * supported by the Genoa coordinator ("Reportopolis …", one per test). The report is
 * submitted, then an action's title and cost change in the plan: the export shows the
 * values frozen at submission.
 */
@WebIntegrationTest
class ReportExportApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	InventoryTemplates inventoryTemplates;

	MockMvc mvc;

	long signatory;

	String officer;

	long report;

	long ledAction;

	@BeforeEach
	void setUp() throws Exception {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		OrganisationView genoa = this.organisations.findOrganisations(admin, "Metropolitan City of Genoa", null, 0, 5)
			.items()
			.get(0);
		this.signatory = this.organisations
			.createSignatory(admin,
					new SignatoryData("Reportopolis " + suffix, "IT", "Liguria", 10_000, 2021, null, null, null, null,
							LocalDate.of(2010, 3, 15), SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(genoa.id()))
			.id();
		this.organisations.addCommitment(admin, new SignatoryId(this.signatory), new CommitmentData(Framework.COM_2020,
				LocalDate.of(2010, 3, 15), BigDecimal.valueOf(20), 2020, TargetKind.ABSOLUTE));
		this.officer = "officer." + suffix + "@example.org";
		this.users.createUser(admin, new NewUser(this.officer, "Reportopolis officer", "en", PASSWORD, false,
				Role.SIGNATORY_EDITOR, null, this.signatory));
		submittedFullReport();
	}

	/**
	 * CSV in Italian: BOM, the header fields, an empty row, the header row, one row per
	 * frozen action in plan order. The LED action is reported with the title and costs of
	 * its submission (120000 estimated, 95000.5 actual, 40.5 t/a), not the later edit.
	 */
	@Test
	void the_csv_has_the_header_fields_and_one_row_per_frozen_action() throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(get(base() + "/reports/" + this.report + "/export").param("format", "csv")
				.header("Accept-Language", "it")
				.with(httpBasic(this.officer, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andReturn()
			.getResponse();
		byte[] bytes = response.getContentAsByteArray();
		// UTF-8 byte-order mark EF BB BF
		assertThat(bytes[0]).isEqualTo((byte) 0xEF);
		assertThat(bytes[1]).isEqualTo((byte) 0xBB);
		assertThat(bytes[2]).isEqualTo((byte) 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
		assertThat(records.get(1).get(0)).isEqualTo("Titolo della relazione");
		assertThat(records.get(1).get(1)).isEqualTo("Full Report 2013");
		assertThat(records.get(2).get(1)).isEqualTo("Relazione completa");
		assertThat(records.get(3).get(1)).isEqualTo("Inviata al coordinatore");
		assertThat(records.get(8).get(0)).isEqualTo("Azioni rendicontate");
		assertThat(records.get(8).get(1)).isEqualTo("3");
		// row 9 is empty, row 10 the table's header
		assertThat(records.get(10).toList()).containsExactly("Settore d'intervento (codice)", "Azione",
				"Stato di attuazione", "Costo stimato [EUR]", "Costo effettivo [EUR]", "Riduzione di CO2 [t CO2/anno]",
				"Esempio di eccellenza");
		assertThat(records.get(11).toList()).containsExactly("M11", "LED retrofit of the town hall", "Completata",
				"120000", "95000.5", "40.5", "sì");
		assertThat(records.get(12).toList()).containsExactly("M13", "Heat pumps in schools", "In corso", "80000", "",
				"25", "sì");
		assertThat(records.get(13).toList()).containsExactly("M33", "Cycle lanes", "In corso", "50000", "", "12.25",
				"sì");
		assertThat(records).hasSize(14);
	}

	/**
	 * XLSX in English: numbers are numeric cells, the header row is frozen; a second
	 * sheet has the header fields. Sum of estimated costs 120000 + 80000 + 50000 = 250000
	 * EUR; of CO2 40.5 + 25 + 12.25 = 77.75 t/a.
	 */
	@Test
	void the_xlsx_has_typed_cells_and_a_frozen_header() throws Exception {
		byte[] bytes = this.mvc
			.perform(get("/app/signatories/" + this.signatory + "/reports/" + this.report + "/export.xlsx")
				.header("Accept-Language", "en")
				.with(user((MiaUser) this.users.loadUserByUsername(this.officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet actions = workbook.getSheet("Reported actions");
			assertThat(actions.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			assertThat(actions.getRow(0).getCell(5).getStringCellValue()).isEqualTo("CO2 reduction [t CO2/a]");
			double cost = 0;
			double co2 = 0;
			for (int i = 1; i <= 3; i++) {
				Row row = actions.getRow(i);
				assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
				cost += row.getCell(3).getNumericCellValue();
				co2 += row.getCell(5).getNumericCellValue();
			}
			assertThat(cost).isEqualTo(250000.0);
			assertThat(co2).isEqualTo(77.75);
			assertThat(actions.getRow(1).getCell(1).getStringCellValue()).isEqualTo("LED retrofit of the town hall");
			assertThat(actions.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(95000.5);
			Sheet header = workbook.getSheet("Monitoring report");
			assertThat(header.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Full Report");
			assertThat(header.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Submitted to the coordinator");
		}
	}

	/**
	 * The template layout: the SEAP template's action-plan sheet with the frozen actions
	 * (M11a: the LED retrofit, estimated 120000 EUR, 40.5 t/a), the MEI 2012 in the
	 * template's second inventory sheet (read back by the inventory module's own import,
	 * which takes the year and consumption from it: 1000 MWh gas in municipal buildings)
	 * and a sheet with the report's header.
	 */
	@Test
	void the_template_layout_holds_the_frozen_actions_the_mei_and_the_header() throws Exception {
		byte[] bytes = this.mvc
			.perform(get(base() + "/reports/" + this.report + "/export").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.ms-excel"))
			.andExpect(header().string("Content-Disposition", containsString("Report-Reportopolis-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Row m11a = rowWithCode(workbook, "M11a");
			assertThat(m11a.getCell(2).getStringCellValue()).isEqualTo("LED retrofit of the town hall");
			assertThat(m11a.getCell(10).getNumericCellValue()).isEqualTo(120000.0);
			assertThat(m11a.getCell(14).getNumericCellValue()).isEqualTo(40.5);
			Sheet header = workbook.getSheetAt(workbook.getNumberOfSheets() - 1);
			assertThat(header.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Full Report 2013");
		}
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		assertThat(this.inventoryTemplates.preview(admin, new SignatoryId(this.signatory), bytes))
			.anySatisfy((imported) -> {
				assertThat(imported.sheet().position()).isEqualTo(1);
				assertThat(imported.sheet().inventory().year()).isEqualTo(2012);
				assertThat(imported.sheet().inventory().consumption().get(0).mwh()).isEqualTo(1000.0);
			});
	}

	/**
	 * Another municipality's viewer: 404; a format that does not exist: 400 naming it.
	 */
	@Test
	void access_first_then_the_format() throws Exception {
		this.mvc
			.perform(get(base() + "/reports/" + this.report + "/export").param("format", "csv")
				.with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/app/signatories/" + this.signatory + "/reports/" + this.report + "/export.csv")
				.with(user((MiaUser) this.users.loadUserByUsername(SABADELL_VIEWER))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get(base() + "/reports/" + this.report + "/export").param("format", "pdf")
				.with(httpBasic(this.officer, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("format")));
	}

	/**
	 * The links fragment, rendered alone in the officer's language (English, from the
	 * account): three labelled download links to the page routes; another municipality's
	 * viewer gets 404.
	 */
	@Test
	void the_download_links_render_translated() throws Exception {
		String links = "/app/signatories/" + this.signatory + "/reports/" + this.report + "/export-links";
		String html = this.mvc.perform(get(links).with(user((MiaUser) this.users.loadUserByUsername(this.officer))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String base = "/app/signatories/" + this.signatory + "/reports/" + this.report;
		assertThat(html).contains("Download the report")
			.contains("href=\"" + base + "/export.xls\"")
			.contains("href=\"" + base + "/export.csv\"")
			.contains("href=\"" + base + "/export.xlsx\"")
			.contains(">SEAP template layout (.xls)</a>");
		this.mvc.perform(get(links).with(user((MiaUser) this.users.loadUserByUsername(SABADELL_VIEWER))))
			.andExpect(status().isNotFound());
	}

	private static Row rowWithCode(Workbook workbook, String code) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				Cell cell = row.getCell(0);
				if (cell != null && cell.getCellType() == CellType.STRING
						&& cell.getStringCellValue().strip().equalsIgnoreCase(code) && row.getCell(2) != null
						&& row.getCell(2).getCellType() == CellType.STRING
						&& !row.getCell(2).getStringCellValue().isBlank()) {
					return row;
				}
			}
		}
		throw new AssertionError("no filled row " + code);
	}

	/**
	 * A BEI 2005 covering 3 of 4 key sectors, an MEI 2012, a council-approved plan with
	 * three Benchmarks of Excellence in M11, M13, M33; a Full Report submitted to the
	 * coordinator; afterwards the LED action is renamed and its cost changed.
	 */
	private void submittedFullReport() throws Exception {
		String consumption = """
				"consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
				""";
		long bei = id(postJson(base() + "/inventories", GENOA, """
				{ "type": "BEI", "year": 2005, "approach": "IPCC", "unit": "CO2", "population": 10000,
				  "nationalElectricityFactor": 0.4,
				""" + consumption));
		long mei = id(postJson(base() + "/inventories", GENOA, """
				{ "type": "MEI", "year": 2012, "approach": "IPCC", "unit": "CO2", "population": 10000,
				  "nationalElectricityFactor": 0.4,
				""" + consumption));
		long plan = id(postJson(base() + "/plans", this.officer,
				"""
						{ "kind": "SEAP", "title": "SEAP 2020", "approvalDate": "2011-01-25", "approvingBody": "Consiglio comunale",
						  "beiInventoryId": %d, "status": "APPROVED_BY_COUNCIL" }
						"""
					.formatted(bei)));
		this.ledAction = id(postJson(base() + "/actions", this.officer, """
				{ "planId": %d, "fieldCode": "M11", "title": "LED retrofit of the town hall", "keyMeasure": true,
				  "status": "COMPLETED", "estimatedCostEur": 120000, "actualCostEur": 95000.5,
				  "co2Reduction": 40.5, "savings": { "ELECTRICITY": 100 }, "benchmarkOfExcellence": true }
				""".formatted(plan)));
		id(postJson(base() + "/actions", this.officer, """
				{ "planId": %d, "fieldCode": "M13", "title": "Heat pumps in schools", "keyMeasure": true,
				  "status": "ONGOING", "estimatedCostEur": 80000, "co2Reduction": 25,
				  "savings": { "NATURAL_GAS": 100 }, "benchmarkOfExcellence": true }
				""".formatted(plan)));
		id(postJson(base() + "/actions", this.officer, """
				{ "planId": %d, "fieldCode": "M33", "title": "Cycle lanes", "keyMeasure": true,
				  "status": "ONGOING", "estimatedCostEur": 50000, "co2Reduction": 12.25,
				  "savings": { "DIESEL": 100 }, "benchmarkOfExcellence": true }
				""".formatted(plan)));
		this.report = id(postJson(base() + "/reports", this.officer, """
				{ "type": "FULL_REPORT", "title": "Full Report 2013", "planId": %d, "meiInventoryId": %d }
				""".formatted(plan, mei)));
		this.mvc
			.perform(post(base() + "/reports/" + this.report + "/submit").with(httpBasic(this.officer, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"version\": 0 }"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED_TO_COORDINATOR"));
		this.mvc
			.perform(put(base() + "/actions/" + this.ledAction).with(httpBasic(this.officer, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "planId": %d, "fieldCode": "M11", "title": "Renamed after the report", "keyMeasure": true,
						  "status": "COMPLETED", "estimatedCostEur": 999, "actualCostEur": 999,
						  "co2Reduction": 1, "savings": { "ELECTRICITY": 100 }, "benchmarkOfExcellence": true,
						  "version": 0 }
						""".formatted(plan)))
			.andExpect(status().isOk());
	}

	private MockHttpServletResponse postJson(String url, String who, String json) throws Exception {
		return this.mvc
			.perform(post(url).with(httpBasic(who, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
	}

	private String base() {
		return "/api/v1/signatories/" + this.signatory;
	}

	private static long id(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	static {
		Locale.setDefault(Locale.ROOT);
	}

}
