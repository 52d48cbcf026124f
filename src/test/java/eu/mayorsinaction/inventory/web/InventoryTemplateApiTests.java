package eu.mayorsinaction.inventory.web;

import java.io.ByteArrayInputStream;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.inventory.template.FilledTemplates;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SEAP template through the API: the preview of a filled workbook with the platform's
 * computation (hand-worked), findings and Table B differences; storing all or nothing;
 * the export, which re-imports to the same numbers; bad files and scoping. Sestri
 * Levante's inventories are stored only here.
 */
@WebIntegrationTest
class InventoryTemplateApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

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
	 * The BEI of the filled template (see {@link FilledTemplates#filled}), hand-worked:
	 * <ul>
	 * <li>natural gas 1,000 MWh × 0.202 (the sheet's own factor, M550) = 202 t</li>
	 * <li>diesel 10,000 MWh × 0.267 (IPCC 2006) = 2,670 t</li>
	 * <li>CHP 2,020 t, heat 5,000 MWh, electricity 3,500 MWh: heat share (5,000 / 0.9) /
	 * (5,000 / 0.9 + 3,500 / 0.4) = 5,555.56 / 14,305.56 = 0.3883495 → 784.466 t heat,
	 * 1,235.534 t electricity</li>
	 * <li>TCE 2,000 MWh; LPE 1,000 (PV) + 3,500 (CHP) = 4,500; GEP 500: LPE + GEP = 5,000
	 * > TCE, a net exporter: EFE = (1,235.534 + 0) / 5,000 = 0.2471068 t/MWh (answered to
	 * 6 decimals: 0.247107)</li>
	 * <li>residential electricity 2,000 × 0.2471068 = 494.2136 t (the sheet's Table B
	 * says 700 t: a difference)</li>
	 * <li>energy 202 + 2,670 + 494.2136 = 3,366.2136; waste 500; total 3,866.2136 t</li>
	 * </ul>
	 */
	@Test
	void a_filled_template_is_previewed_with_its_findings_and_stored_only_when_confirmed() throws Exception {
		long sestri = signatory("Sestri Levante").id();
		byte[] workbook = FilledTemplates.filled(false, false, 1995, 1996);
		upload(GENOA, sestri, workbook, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(false))
			.andExpect(jsonPath("$.inventories", hasSize(2)))
			.andExpect(jsonPath("$.inventories[0].type").value("BEI"))
			.andExpect(jsonPath("$.inventories[0].year").value(1995))
			.andExpect(jsonPath("$.inventories[0].consumption", hasSize(3)))
			.andExpect(jsonPath("$.inventories[0].result.electricityFactor").value(0.247107))
			.andExpect(jsonPath("$.inventories[0].result.totals.total").value(closeTo(3866.2136, 1e-3)))
			.andExpect(jsonPath("$.inventories[0].findings[*].code", hasItem("template.notANumber")))
			.andExpect(jsonPath("$.inventories[0].findings[*].code", hasItem("template.tableBDifference")))
			.andExpect(jsonPath("$.inventories[0].findings[?(@.code == 'template.tableBDifference')].cell")
				.value(hasItem("C M53")))
			.andExpect(jsonPath("$.inventories[0].findings[?(@.code == 'template.notANumber')].message")
				.value(hasItem(containsString("n/a"))))
			.andExpect(jsonPath("$.inventories[1].type").value("MEI"))
			.andExpect(jsonPath("$.inventories[1].inventoryId").doesNotExist());
		assertThat(yearsStored(sestri)).doesNotContain(1995, 1996);

		String stored = upload(GENOA, sestri, workbook, true).andExpect(status().isCreated())
			.andExpect(jsonPath("$.stored").value(true))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(yearsStored(sestri)).contains(1995, 1996);
		long bei = ((Number) JsonPath.read(stored, "$.inventories[0].inventoryId")).longValue();

		// The same workbook again: the BEI 1995 exists, so neither inventory is stored
		// twice.
		upload(GENOA, sestri, workbook, true).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("inventory.alreadyExists"));

		// Export and import again: every number comes back.
		byte[] exported = this.mvc
			.perform(get("/api/v1/signatories/" + sestri + "/inventories/" + bei + "/export")
				.with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (Workbook read = WorkbookFactory.create(new ByteArrayInputStream(exported))) {
			assertThat(read.getNumberOfSheets()).isEqualTo(4);
		}
		upload(GENOA, sestri, exported, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.inventories", hasSize(1)))
			.andExpect(jsonPath("$.inventories[0].year").value(1995))
			.andExpect(jsonPath("$.inventories[0].population").value(27000))
			.andExpect(jsonPath("$.inventories[0].consumption[?(@.carrier == 'DIESEL')].mwh").value(hasItem(10000.0)))
			.andExpect(jsonPath("$.inventories[0].result.electricityFactor").value(0.247107))
			.andExpect(jsonPath("$.inventories[0].result.totals.total").value(closeTo(3866.2136, 1e-3)))
			.andExpect(jsonPath("$.inventories[0].findings[?(@.code == 'template.tableBDifference')]", hasSize(0)));
	}

	@Test
	void a_bad_file_is_refused_with_its_reason_and_nothing_is_stored() throws Exception {
		long chiavari = signatory("Chiavari").id();
		upload(CHIAVARI_EDITOR, chiavari, "name,country\nnot,excel\n".getBytes(), true)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("template.corrupt"));
		upload(CHIAVARI_EDITOR, chiavari, FilledTemplates.template(), true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("template.empty"));
	}

	@Test
	void only_those_who_may_edit_the_signatory_import_and_only_those_who_see_it_export() throws Exception {
		long chiavari = signatory("Chiavari").id();
		long sabadell = signatory("Sabadell").id();
		byte[] workbook = FilledTemplates.filled(false, false, 1997, 1998);
		upload(SABADELL_VIEWER, sabadell, workbook, false).andExpect(status().isForbidden());
		upload(SABADELL_VIEWER, chiavari, workbook, false).andExpect(status().isNotFound());
		upload(GENOA, chiavari, workbook, false).andExpect(status().isOk());
	}

	private ResultActions upload(String email, long signatory, byte[] workbook, boolean commit) throws Exception {
		return this.mvc.perform(multipart("/api/v1/signatories/" + signatory + "/inventories/import")
			.file(new MockMultipartFile("file", "seap.xls", "application/vnd.ms-excel", workbook))
			.param("commit", String.valueOf(commit))
			.with(httpBasic(email, PASSWORD)));
	}

	private java.util.List<Integer> yearsStored(long signatory) throws Exception {
		String list = this.mvc
			.perform(get("/api/v1/signatories/" + signatory + "/inventories").with(httpBasic(GENOA, PASSWORD)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(list, "$[*].year");
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
