package eu.mayorsinaction.actionplan.web;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.hssf.usermodel.HSSFPicture;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.BeforeEach;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A plan exported to the SEAP template's action-plan sheet, CSV and XLSX, read back with
 * POI and Commons CSV: every figure below is worked out by hand. Each test makes its own
 * "Exportia" signatory, supported by the Genoa coordinator.
 *
 * <p>
 * The BEI 2010 (no local production, so EFE = the national 0.4 t/MWh; natural gas 0.202,
 * diesel 0.267 t/MWh from the shipped IPCC set): residential natural gas 5,000 MWh ×
 * 0.202 = 1,010 t; residential electricity 3,000 × 0.4 = 1,200 t; private transport
 * diesel 4,000 × 0.267 = 1,068 t; total 3,278 t. Commitment 40 % absolute: needed 3,278 ×
 * 0.40 = 1,311.2 t/a.
 * <p>
 * Actions of M13 (key measure; cost EUR; savings MWh/a; CO2 t/a):
 * <ul>
 * <li>A1 key; 1,000; gas 100; computed 100 × 0.202 = 20.2</li>
 * <li>A2 key; 2,000; electricity 10; entered 50</li>
 * <li>A3; 3,000; electricity 200; computed 200 × 0.4 = 80</li>
 * <li>A4; 4,000; gas 10; entered 5</li>
 * <li>A5; 500; gas 50; computed 50 × 0.202 = 10.1</li>
 * <li>A6; 600; none; entered 1</li>
 * <li>A7; 700; electricity 5; computed 5 × 0.4 = 2</li>
 * <li>A8 key, CANCELLED; entered 999: neither listed nor summed</li>
 * </ul>
 * Order in the sheet: key measures by CO2 (A2 50, A1 20.2), then the others by CO2 (A3
 * 80, A5 10.1, A4 5, A7 2, A6 1): M13a–e = A2, A1, A3, A5, A4; A7 and A6 are not listed.
 * M13 sums of the 7: cost 1,000 + 2,000 + 3,000 + 4,000 + 500 + 600 + 700 = 11,800;
 * energy 100 + 10 + 200 + 10 + 50 + 0 + 5 = 375; CO2 20.2 + 50 + 80 + 5 + 10.1 + 1 + 2 =
 * 168.3.
 * <p>
 * M113: B1 key; 9,000; renewable 100 MWh/a; computed 100 × 0.4 = 40 t/a.
 * <p>
 * M580: cost 11,800 + 9,000 = 20,800; energy 375; renewable 100; CO2 168.3 + 40 = 208.3.
 * Against the target: expected 208.3, gap 1,311.2 − 208.3 = 1,102.9 t/a.
 */
@WebIntegrationTest
class PlanExportApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String ADMIN = "admin@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final double EPS = 1e-6;

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	ITemplateEngine templates;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void the_template_lists_five_actions_per_sub_field_and_sums_them_all() throws Exception {
		Fixture plan = fullPlan();
		MockHttpServletResponse response = this.mvc
			.perform(get(export(plan)).header("Accept-Language", "en").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.ms-excel"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"SECAP-" + plan.slug() + "-" + plan.plan() + ".xls\"");

		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheet("Piano di azione  - SEAP");
			Map<String, Integer> rows = codeRows(sheet);
			// plan fields: title B7, approval date D9, approving body I9
			assertThat(text(sheet, rows.get("1)") + 1, "B")).isEqualTo("Exportia SECAP 2030");
			assertThat(date(sheet, rows.get("1)") + 3, "D")).isEqualTo(LocalDate.of(2017, 5, 30));
			assertThat(text(sheet, rows.get("1)") + 3, "I")).isEqualTo("Consiglio comunale");
			assertThat(text(sheet, rows.get("M10"), "S")).isEqualTo("Absolute reduction against the BEI 2010");

			// M13a–e: A2, A1, A3, A5, A4 (key measures first, then by CO2)
			List<String> listed = List.of("A2", "A1", "A3", "A5", "A4");
			for (int i = 0; i < 5; i++) {
				assertThat(text(sheet, rows.get("M13" + (char) ('A' + i)), "C")).isEqualTo("Exportia " + listed.get(i));
			}
			int a1 = rows.get("M13B");
			assertThat(text(sheet, a1, "G")).isEqualTo("Ufficio tecnico");
			assertThat(date(sheet, a1, "I")).isEqualTo(LocalDate.of(2021, 1, 1));
			assertThat(date(sheet, a1, "J")).isEqualTo(LocalDate.of(2023, 12, 31));
			assertThat(number(sheet, a1, "K")).isCloseTo(1000, within(EPS));
			assertThat(number(sheet, a1, "M")).isCloseTo(100, within(EPS));
			assertThat(number(sheet, a1, "O")).isCloseTo(20.2, within(EPS));
			assertThat(number(sheet, rows.get("M13A"), "O")).isCloseTo(50, within(EPS));
			assertThat(number(sheet, rows.get("M13E"), "K")).isCloseTo(4000, within(EPS));
			// the comment on M13e says 2 more actions are not listed
			Comment more = sheet.getRow(rows.get("M13E")).getCell(col("C")).getCellComment();
			assertThat(more.getString().getString()).startsWith("2 more actions of this field are not listed here");
			// the template's own picture is still on the sheet
			assertThat(((HSSFSheet) sheet).getDrawingPatriarch().getChildren())
				.hasAtLeastOneElementOfType(HSSFPicture.class);
			// M12a is empty; the cancelled A8 is nowhere
			assertThat(text(sheet, rows.get("M12A"), "C")).isNull();

			// main field M10: the sums of all 7 actions of M13 (its only sub-field with
			// actions)
			int m10 = rows.get("M10");
			assertThat(number(sheet, m10, "K")).isCloseTo(11800, within(EPS));
			assertThat(number(sheet, m10, "M")).isCloseTo(375, within(EPS));
			assertThat(number(sheet, m10, "N")).isCloseTo(0, within(EPS));
			assertThat(number(sheet, m10, "O")).isCloseTo(168.3, within(EPS));
			assertThat(number(sheet, m10, "P")).isCloseTo(375, within(EPS));
			assertThat(number(sheet, m10, "R")).isCloseTo(168.3, within(EPS));
			// M113a: the PV action, M110 its sums
			int b1 = rows.get("M113A");
			assertThat(number(sheet, b1, "N")).isCloseTo(100, within(EPS));
			assertThat(number(sheet, b1, "O")).isCloseTo(40, within(EPS));
			assertThat(number(sheet, rows.get("M110"), "K")).isCloseTo(9000, within(EPS));
			assertThat(number(sheet, rows.get("M110"), "Q")).isCloseTo(100, within(EPS));
			assertThat(number(sheet, rows.get("M110"), "R")).isCloseTo(40, within(EPS));
			// a main field without actions stays empty
			assertThat(sheet.getRow(rows.get("M30")).getCell(col("K")).getCellType()).isEqualTo(CellType.BLANK);
			// M580 totals
			int total = rows.get("M580");
			assertThat(number(sheet, total, "K")).isCloseTo(20800, within(EPS));
			assertThat(number(sheet, total, "P")).isCloseTo(375, within(EPS));
			assertThat(number(sheet, total, "Q")).isCloseTo(100, within(EPS));
			assertThat(number(sheet, total, "R")).isCloseTo(208.3, within(EPS));

			// the notes sheet: M13 counts 7, lists 5, and says so; the target figures
			Sheet notes = workbook.getSheet("Notes");
			Row m13 = rowStarting(notes, "M13");
			assertThat(m13.getCell(1).getNumericCellValue()).isEqualTo(7);
			assertThat(m13.getCell(2).getNumericCellValue()).isEqualTo(5);
			assertThat(m13.getCell(6).getNumericCellValue()).isCloseTo(168.3, within(EPS));
			assertThat(m13.getCell(7).getStringCellValue())
				.isEqualTo("The sheet lists 5 of the 7 actions; the sums include all 7.");
			assertThat(rowStarting(notes, "Reduction needed [t CO2/a]").getCell(1).getNumericCellValue())
				.isCloseTo(1311.2, within(EPS));
			assertThat(rowStarting(notes, "Gap to the target [t CO2/a]").getCell(1).getNumericCellValue())
				.isCloseTo(1102.9, within(EPS));
			assertThat(rowStarting(notes, "Cancelled actions are neither listed nor summed: 1.")).isNotNull();
		}
	}

	@Test
	void the_csv_has_a_bom_a_translated_header_and_one_row_per_action() throws Exception {
		Fixture plan = fullPlan();
		MockHttpServletResponse response = this.mvc
			.perform(get(export(plan)).param("format", "csv")
				.header("Accept-Language", "it")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse();
		assertThat(response.getHeader("Content-Disposition"))
			.startsWith("attachment; filename=\"SECAP-" + plan.slug() + "-" + plan.plan() + ".csv\"");
		byte[] bytes = response.getContentAsByteArray();
		assertThat(new byte[] { bytes[0], bytes[1], bytes[2] })
			.isEqualTo(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
					StandardCharsets.UTF_8))) {
			assertThat(parser.getHeaderNames()).contains("N. azione", "Settore d'intervento (codice)",
					"Risparmio di Gas naturale [MWh/a]", "Riduzione di CO2 prevista [t/a]");
			records = parser.getRecords();
		}
		// 8 actions of M13 (the cancelled one too) and 1 of M113
		assertThat(records).hasSize(9);
		Map<String, CSVRecord> byTitle = new HashMap<>();
		records.forEach((r) -> byTitle.put(r.get("Titolo"), r));
		CSVRecord a1 = byTitle.get("Exportia A1");
		assertThat(a1.get("Settore d'intervento (codice)")).isEqualTo("M13");
		assertThat(a1.get("Settore d'intervento")).isEqualTo("Edifici residenziali");
		assertThat(a1.get("Settore principale (codice)")).isEqualTo("M10");
		assertThat(a1.get("Misura chiave")).isEqualTo("sì");
		assertThat(a1.get("Inizio")).isEqualTo("2021-01-01");
		assertThat(a1.get("Costo stimato [EUR]")).isEqualTo("1000");
		assertThat(a1.get("Risparmio di Gas naturale [MWh/a]")).isEqualTo("100");
		assertThat(a1.get("Risparmio energetico previsto, tutti i vettori [MWh/a]")).isEqualTo("100");
		// 100 MWh/a × 0.202 t/MWh = 20.2 t/a, computed
		assertThat(a1.get("Riduzione di CO2 prevista [t/a]")).isEqualTo("20.2");
		assertThat(a1.get("Riduzione di CO2 inserita o calcolata")).isEqualTo("calcolata con i fattori dell'IBE");
		CSVRecord a2 = byTitle.get("Exportia A2");
		assertThat(a2.get("Riduzione di CO2 prevista [t/a]")).isEqualTo("50");
		assertThat(a2.get("Riduzione di CO2 inserita o calcolata")).isEqualTo("inserita");
		CSVRecord a8 = byTitle.get("Exportia A8");
		assertThat(a8.get("Stato")).isEqualTo("Annullata");
		assertThat(a8.get("Riduzione di CO2 prevista [t/a]")).isEqualTo("999");
		CSVRecord b1 = byTitle.get("Exportia B1");
		assertThat(b1.get("Produzione di energia rinnovabile prevista [MWh/a]")).isEqualTo("100");
		// 100 MWh/a × 0.4 = 40 t/a
		assertThat(b1.get("Riduzione di CO2 prevista [t/a]")).isEqualTo("40");
	}

	@Test
	void the_xlsx_has_typed_cells_a_frozen_filtered_header_and_the_plan_figures() throws Exception {
		Fixture plan = fullPlan();
		MockHttpServletResponse response = this.mvc
			.perform(get(export(plan)).param("format", "XLSX")
				.header("Accept-Language", "en")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(response.getContentAsByteArray()))) {
			Sheet actions = workbook.getSheet("Actions");
			assertThat(actions.getPaneInformation().isFreezePane()).isTrue();
			assertThat(((XSSFSheet) actions).getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(actions.getLastRowNum()).isEqualTo(9);
			Map<String, Integer> columns = new HashMap<>();
			for (Cell cell : actions.getRow(0)) {
				columns.put(cell.getStringCellValue(), cell.getColumnIndex());
			}
			Row a3 = null;
			for (Row row : actions) {
				if (row.getRowNum() > 0
						&& row.getCell(columns.get("Title")).getStringCellValue().equals("Exportia A3")) {
					a3 = row;
				}
			}
			assertThat(a3).isNotNull();
			Cell cost = a3.getCell(columns.get("Estimated cost [EUR]"));
			assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cost.getNumericCellValue()).isEqualTo(3000);
			assertThat(cost.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			Cell co2 = a3.getCell(columns.get("Expected CO2 reduction [t/a]"));
			assertThat(co2.getCellType()).isEqualTo(CellType.NUMERIC);
			// 200 MWh/a × 0.4 = 80 t/a
			assertThat(co2.getNumericCellValue()).isCloseTo(80, within(EPS));
			assertThat(a3.getCell(columns.get("Saving of Electricity [MWh/a]")).getNumericCellValue()).isEqualTo(200);
			Cell start = a3.getCell(columns.get("Start"));
			assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
			assertThat(a3.getCell(columns.get("Action no.")).getCellType()).isEqualTo(CellType.NUMERIC);

			Sheet figures = workbook.getSheet("Plan");
			assertThat(rowStarting(figures, "Title of the plan").getCell(1).getStringCellValue())
				.isEqualTo("Exportia SECAP 2030");
			assertThat(rowStarting(figures, "Reduction needed [t CO2/a]").getCell(1).getNumericCellValue())
				.isCloseTo(1311.2, within(EPS));
			assertThat(rowStarting(figures, "Expected reduction of the actions [t CO2/a]").getCell(1)
				.getNumericCellValue()).isCloseTo(208.3, within(EPS));
			assertThat(rowStarting(figures, "Gap to the target [t CO2/a]").getCell(1).getNumericCellValue())
				.isCloseTo(1102.9, within(EPS));
		}
	}

	@Test
	void a_plan_without_actions_exports_an_empty_valid_sheet() throws Exception {
		Fixture signatory = signatoryWithBaseline();
		long plan = createPlan(signatory.signatory(), null, null);
		Fixture empty = new Fixture(signatory.signatory(), signatory.slug(), plan);
		byte[] xls = this.mvc.perform(get(export(empty)).with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xls))) {
			Sheet sheet = workbook.getSheet("Piano di azione  - SEAP");
			Map<String, Integer> rows = codeRows(sheet);
			assertThat(text(sheet, rows.get("1)") + 1, "B")).isEqualTo("Exportia SECAP 2030");
			assertThat(text(sheet, rows.get("M11A"), "C")).isNull();
			assertThat(number(sheet, rows.get("M580"), "K")).isZero();
			assertThat(number(sheet, rows.get("M580"), "R")).isZero();
			assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
		}
		String csv = this.mvc.perform(get(export(empty)).param("format", "csv").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().count()).isEqualTo(1);
		byte[] xlsx = this.mvc.perform(get(export(empty)).param("format", "xlsx").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
		}
	}

	@Test
	void an_unknown_format_is_a_translated_400_and_other_tenants_get_404() throws Exception {
		Fixture signatory = signatoryWithBaseline();
		Fixture plan = new Fixture(signatory.signatory(), signatory.slug(),
				createPlan(signatory.signatory(), null, null));
		this.mvc
			.perform(get(export(plan)).param("format", "pdf")
				.header("Accept-Language", "it")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[0].field").value("format"))
			.andExpect(jsonPath("$.fields[*].message")
				.value(hasItem("pdf non è un formato di esportazione: scegliere template, csv o xlsx.")));
		// another tenant: 404 before the format is even looked at, in the API and the
		// pages
		this.mvc.perform(get(export(plan)).with(httpBasic(SABADELL_VIEWER, PASSWORD))).andExpect(status().isNotFound());
		this.mvc.perform(get(export(plan)).param("format", "pdf").with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isNotFound());
		MiaUser sabadell = (MiaUser) this.users.loadUserByUsername(SABADELL_VIEWER);
		for (String extension : List.of("xls", "csv", "xlsx")) {
			this.mvc.perform(get(page(plan, extension)).with(user(sabadell))).andExpect(status().isNotFound());
		}
		// a plan of nobody's
		this.mvc
			.perform(get("/api/v1/signatories/" + plan.signatory() + "/plans/987654321/export")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isNotFound());
		// a viewer may export the plans of their own signatory
		long sabadellId = this.organisations
			.findSignatories(admin(), new SignatoryQuery("Sabadell", null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals("Sabadell"))
			.findFirst()
			.orElseThrow()
			.id();
		long sabadellPlan = created(this.mvc
			.perform(post("/api/v1/signatories/" + sabadellId + "/plans").with(httpBasic(ADMIN, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{ \"kind\": \"SECAP\", \"title\": \"Exportia Sabadell\", \"status\": \"DRAFT\" }"))
			.andReturn()
			.getResponse());
		this.mvc
			.perform(get("/api/v1/signatories/" + sabadellId + "/plans/" + sabadellPlan + "/export")
				.param("format", "csv")
				.with(httpBasic(SABADELL_VIEWER, PASSWORD)))
			.andExpect(status().isOk());
		// the pages give the same files to the coordinator
		MiaUser genoa = (MiaUser) this.users.loadUserByUsername(GENOA);
		this.mvc.perform(get(page(plan, "csv")).with(user(genoa)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"));
		this.mvc.perform(get(page(plan, "xlsx")).with(user(genoa)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"SECAP-" + plan.slug() + "-" + plan.plan() + ".xlsx\""));
		this.mvc.perform(get(page(plan, "xls")).with(user(genoa)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.ms-excel"));
	}

	@Test
	void the_download_links_fragment_is_translated_and_points_at_the_three_files() {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext(), "GET",
				"/app/signatories/7/plans/12");
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(this.context.getServletContext())
			.buildExchange(request, new MockHttpServletResponse());
		WebContext page = new WebContext(exchange, Locale.ITALIAN);
		page.setVariable("signatoryId", 7L);
		page.setVariable("planId", 12L);
		String html = this.templates.process("actionplan/export-links", Set.of("links"), page);
		Document links = Jsoup.parse(html);
		assertThat(links.selectFirst("#export-plan-template").attr("href"))
			.isEqualTo("/app/signatories/7/plans/12/export.xls");
		assertThat(links.selectFirst("#export-plan-csv").attr("href"))
			.isEqualTo("/app/signatories/7/plans/12/export.csv");
		assertThat(links.selectFirst("#export-plan-xlsx").attr("href"))
			.isEqualTo("/app/signatories/7/plans/12/export.xlsx");
		assertThat(links.selectFirst("#export-plan-template").text())
			.isEqualTo("Foglio del piano d'azione del modulo SEAP");
		assertThat(links.selectFirst("#export-plan-template-hint").text())
			.isEqualTo("Excel 97-2003 (.xls), circa 1,1 MB");
		assertThat(links.selectFirst("h2").text()).isEqualTo("Esporta il piano");
	}

	// Fixture

	record Fixture(long signatory, String slug, long plan) {
	}

	/** The plan of the class comment. */
	private Fixture fullPlan() throws Exception {
		Fixture signatory = signatoryWithBaseline();
		long commitment = this.organisations
			.addCommitment(admin(), new SignatoryId(signatory.signatory()), new CommitmentData(Framework.COM_2030,
					LocalDate.of(2016, 3, 1), BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE))
			.id();
		long plan = createPlan(signatory.signatory(), commitment, signatory.plan());
		long id = signatory.signatory();
		action(id, plan, "M13", "A1", true, 1000, "\"NATURAL_GAS\": 100", null, null, "ONGOING");
		action(id, plan, "M13", "A2", true, 2000, "\"ELECTRICITY\": 10", null, 50.0, "ONGOING");
		action(id, plan, "M13", "A3", false, 3000, "\"ELECTRICITY\": 200", null, null, "NOT_STARTED");
		action(id, plan, "M13", "A4", false, 4000, "\"NATURAL_GAS\": 10", null, 5.0, "NOT_STARTED");
		action(id, plan, "M13", "A5", false, 500, "\"NATURAL_GAS\": 50", null, null, "COMPLETED");
		action(id, plan, "M13", "A6", false, 600, "", null, 1.0, "POSTPONED");
		action(id, plan, "M13", "A7", false, 700, "\"ELECTRICITY\": 5", null, null, "ONGOING");
		action(id, plan, "M13", "A8", true, 50000, "", null, 999.0, "CANCELLED");
		action(id, plan, "M113", "B1", true, 9000, "", 100.0, null, "ONGOING");
		return new Fixture(id, signatory.slug(), plan);
	}

	/**
	 * A new signatory supported by Genoa, with its BEI 2010 (the plan field of the
	 * fixture holds the BEI's id).
	 */
	private Fixture signatoryWithBaseline() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		long genoaOrganisation = this.organisations
			.findOrganisations(admin(), "Metropolitan City of Genoa", null, 0, 10)
			.items()
			.get(0)
			.id();
		long id = this.organisations
			.createSignatory(admin(),
					new SignatoryData("Exportia " + suffix, "IT", "Liguria", 8000, 2021, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, false, null),
					new OrganisationId(genoaOrganisation))
			.id();
		long bei = created(this.mvc
			.perform(post("/api/v1/signatories/" + id + "/inventories").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "type": "BEI", "year": 2010, "approach": "IPCC", "unit": "CO2", "population": 8000,
						  "nationalElectricityFactor": 0.4,
						  "consumption": [
						    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 5000 },
						    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 3000 },
						    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 4000 } ] }
						"""))
			.andReturn()
			.getResponse());
		return new Fixture(id, "Exportia-" + suffix, bei);
	}

	private long createPlan(long signatory, Long commitment, Long bei) throws Exception {
		return created(this.mvc.perform(post("/api/v1/signatories/" + signatory + "/plans")
			.with(httpBasic(GENOA, PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{ "kind": "SECAP", "title": "Exportia SECAP 2030", "commitmentId": %s, "approvalDate": "2017-05-30",
					  "approvingBody": "Consiglio comunale", "beiInventoryId": %s, "status": "APPROVED_BY_COUNCIL" }
					""".formatted(commitment, bei))).andReturn().getResponse());
	}

	private void action(long signatory, long plan, String field, String name, boolean key, double cost, String savings,
			Double renewable, Double co2, String status) throws Exception {
		created(this.mvc
			.perform(post("/api/v1/signatories/" + signatory + "/actions").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "planId": %d, "fieldCode": "%s", "title": "Exportia %s", "keyMeasure": %s,
						  "responsible": "Ufficio tecnico", "startDate": "2021-01-01", "endDate": "2023-12-31",
						  "status": "%s", "estimatedCostEur": %s, "savings": { %s }, "renewableMwh": %s,
						  "co2Reduction": %s, "benchmarkOfExcellence": false }
						""".formatted(plan, field, name, key, status, cost, savings, renewable, co2)))
			.andReturn()
			.getResponse());
	}

	private static long created(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	private static String export(Fixture plan) {
		return "/api/v1/signatories/" + plan.signatory() + "/plans/" + plan.plan() + "/export";
	}

	private static String page(Fixture plan, String extension) {
		return "/app/signatories/" + plan.signatory() + "/plans/" + plan.plan() + "/export." + extension;
	}

	private static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

	// Reading the workbook back: rows by their code in column A, as the template tests do

	private static Map<String, Integer> codeRows(Sheet sheet) {
		Map<String, Integer> rows = new HashMap<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				rows.putIfAbsent(cell.getStringCellValue().strip().toUpperCase(Locale.ROOT), row.getRowNum());
			}
		}
		return rows;
	}

	private static Row rowStarting(Sheet sheet, String first) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(first)) {
				return row;
			}
		}
		return null;
	}

	private static int col(String letters) {
		return CellReference.convertColStringToIndex(letters);
	}

	private static String text(Sheet sheet, int row, String column) {
		Cell cell = sheet.getRow(row).getCell(col(column));
		return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : null;
	}

	private static double number(Sheet sheet, int row, String column) {
		Cell cell = sheet.getRow(row).getCell(col(column));
		assertThat(cell.getCellType()).as(column + (row + 1)).isEqualTo(CellType.NUMERIC);
		return cell.getNumericCellValue();
	}

	private static LocalDate date(Sheet sheet, int row, String column) {
		Cell cell = sheet.getRow(row).getCell(col(column));
		assertThat(DateUtil.isCellDateFormatted(cell)).as(column + (row + 1)).isTrue();
		return cell.getLocalDateTimeCellValue().toLocalDate();
	}

}
