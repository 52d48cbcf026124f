package eu.mayorsinaction.inventory.web;

import java.util.Set;

import jakarta.servlet.http.Cookie;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryStatus;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import eu.mayorsinaction.inventory.Sector;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inventory pages as the demo's people use them: entry in German number format with a
 * hand-worked total, a bad number named at its cell, a draft that cannot be computed yet,
 * who may do what, and the conflict screen. Each test uses its own inventory year
 * (1991–1999, no other test uses them) because the context is shared.
 */
@WebIntegrationTest
class InventoryPagesTests {

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final Cookie GERMAN = new Cookie("mia-lang", "de");

	private static final Cookie ENGLISH = new Cookie("mia-lang", "en");

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

	/**
	 * Typed in German: "1.234,5" is 1,234.5 MWh, "27.000" is 27,000 inhabitants, "0,4" is
	 * 0.4 t/MWh. Hand-worked (t):
	 * <ul>
	 * <li>residential natural gas: 1,234.5 MWh × 0.202 = 249.369</li>
	 * <li>municipal electricity: 1,000 MWh × 0.4 (national factor given, no local
	 * production) = 400</li>
	 * <li>energy 249.369 + 400 = 649.369; waste 100; total 749.369</li>
	 * <li>per capita 749.369 / 27,000 = 0.0277544…</li>
	 * </ul>
	 */
	@Test
	void an_inventory_typed_in_german_number_format_is_stored_with_the_hand_worked_total() throws Exception {
		long chiavari = signatory("Chiavari").id();
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), GERMAN).param("type", "BEI")
				.param("year", "1991")
				.param("population", "27.000")
				.param("nationalElectricityFactor", "0,4")
				.param("mwh.RESIDENTIAL_BUILDINGS.NATURAL_GAS", "1.234,5")
				.param("provenance.RESIDENTIAL_BUILDINGS.NATURAL_GAS", "MEASURED")
				.param("note.RESIDENTIAL_BUILDINGS.NATURAL_GAS", "Gas distributor 1991")
				.param("mwh.MUNICIPAL_BUILDINGS.ELECTRICITY", "1.000")
				.param("nonEnergy.WASTE", "100")
				.param("action", "compute"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/app/signatories/" + chiavari + "/inventories/*"));

		InventorySummary stored = stored(chiavari, InventoryType.BEI, 1991);
		assertThat(stored.status()).isEqualTo(InventoryStatus.COMPUTED);
		assertThat(stored.totalTco2()).isCloseTo(749.369, within(1e-9));
		InventoryView view = this.inventories.inventory(editor(), new SignatoryId(chiavari), stored.id());
		assertThat(view.data().population()).isEqualTo(27000);
		InventoryData.ConsumptionRow gas = view.data()
			.consumption()
			.stream()
			.filter((row) -> row.sector() == Sector.RESIDENTIAL_BUILDINGS && row.carrier() == Carrier.NATURAL_GAS)
			.findFirst()
			.orElseThrow();
		assertThat(gas.mwh()).isEqualTo(1234.5);
		assertThat(gas.note()).isEqualTo("Gas distributor 1991");
		assertThat(view.result().perCapita()).isCloseTo(0.0277544, within(1e-7));

		// Read back in German: 749.369 t shows as "749,37", the cell as "1.234,5".
		this.mvc
			.perform(get("/app/signatories/" + chiavari + "/inventories/" + stored.id()).cookie(GERMAN)
				.with(user(principal(CHIAVARI_EDITOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("749,37")))
			.andExpect(content().string(containsString("1.234,5")));
		this.mvc
			.perform(get("/app/signatories/" + chiavari + "/inventories/" + stored.id() + "/edit").cookie(GERMAN)
				.with(user(principal(CHIAVARI_EDITOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"1.234,5\"")));
		this.mvc
			.perform(get("/app/signatories/" + chiavari + "/inventories").cookie(GERMAN)
				.with(user(principal(CHIAVARI_EDITOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BEI 1991")))
			// per capita 0.0277544… t shown with 3 decimals
			.andExpect(content().string(containsString("0,028")));
	}

	@Test
	void a_bad_number_is_named_at_its_cell_and_every_typed_value_is_kept() throws Exception {
		long chiavari = signatory("Chiavari").id();
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), GERMAN).param("type", "BEI")
				.param("year", "1992")
				.param("mwh.RESIDENTIAL_BUILDINGS.NATURAL_GAS", "12,3,4")
				.param("mwh.PUBLIC_TRANSPORT.DIESEL", "5.000")
				.param("action", "compute"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wohngebäude / Erdgas: „12,3,4“ ist keine Zahl.")))
			.andExpect(content().string(containsString("value=\"12,3,4\"")))
			.andExpect(content().string(containsString("value=\"5.000\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), ENGLISH).param("type", "BEI")
				.param("year", "1992")
				.param("mwh.RESIDENTIAL_BUILDINGS.NATURAL_GAS", "12,3,4")
				.param("action", "compute"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Residential buildings / Natural gas: &#39;12,3,4&#39; is not a number.")));
		// A negative value is the domain's to refuse: named at its cell too.
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), ENGLISH).param("type", "BEI")
				.param("year", "1992")
				.param("mwh.PUBLIC_LIGHTING.ELECTRICITY", "-5")
				.param("action", "draft"))
			.andExpect(status().isOk())
			.andExpect(
					content().string(containsString("Municipal public lighting / Electricity: must be zero or more.")));
		assertThat(this.inventories.inventories(editor(), new SignatoryId(chiavari)))
			.noneMatch((s) -> s.year() == 1992);
	}

	/**
	 * 500 MWh of heat with neither a heat factor nor local heat data: the engine cannot
	 * compute it. "Save and compute" keeps the person on the form with the reason; "Save
	 * as draft" stores it with the reason shown on the inventory.
	 */
	@Test
	void a_draft_that_cannot_be_computed_yet_is_stored_with_the_reason() throws Exception {
		long chiavari = signatory("Chiavari").id();
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), ENGLISH).param("type", "MEI")
				.param("year", "1993")
				.param("mwh.RESIDENTIAL_BUILDINGS.HEAT_COLD", "500")
				.param("action", "compute"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Heat is consumed (500 MWh)")))
			.andExpect(content().string(containsString("value=\"500\"")));
		assertThat(this.inventories.inventories(editor(), new SignatoryId(chiavari)))
			.noneMatch((s) -> s.year() == 1993);

		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/new"), ENGLISH).param("type", "MEI")
				.param("year", "1993")
				.param("mwh.RESIDENTIAL_BUILDINGS.HEAT_COLD", "500")
				.param("action", "draft"))
			.andExpect(status().is3xxRedirection());
		InventorySummary draft = stored(chiavari, InventoryType.MEI, 1993);
		assertThat(draft.status()).isEqualTo(InventoryStatus.DRAFT);
		assertThat(draft.totalTco2()).isNull();
		this.mvc
			.perform(get("/app/signatories/" + chiavari + "/inventories/" + draft.id()).cookie(ENGLISH)
				.with(user(principal(CHIAVARI_EDITOR))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"draft-problem\"")))
			.andExpect(content().string(containsString("Heat is consumed (500 MWh)")));
	}

	/** The live totals: 1,000 MWh of natural gas × 0.202 = 202 t, nothing stored. */
	@Test
	void the_preview_computes_the_form_with_the_engine_and_names_what_is_missing() throws Exception {
		long chiavari = signatory("Chiavari").id();
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/preview"), ENGLISH).param("year", "1994")
				.param("mwh.MUNICIPAL_BUILDINGS.NATURAL_GAS", "1,000"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<dd class=\"col-5 text-end fw-semibold\" id=\"total-all\">202</dd>")));
		this.mvc
			.perform(form(post("/app/signatories/" + chiavari + "/inventories/preview"), ENGLISH).param("year", "1994")
				.param("mwh.MUNICIPAL_BUILDINGS.OTHER_FOSSIL", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There is no emission factor for Other fossil fuels")))
			.andExpect(content().string(not(containsString("id=\"total-all\""))));
		assertThat(this.inventories.inventories(editor(), new SignatoryId(chiavari)))
			.noneMatch((s) -> s.year() == 1994);
	}

	@Test
	void a_viewer_may_read_but_not_change_and_another_tenant_gets_404() throws Exception {
		long sabadell = signatory("Sabadell").id();
		MiaUser viewer = principal(SABADELL_VIEWER);
		this.mvc.perform(get("/app/signatories/" + sabadell + "/inventories").with(user(viewer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/inventories/new"))));
		this.mvc.perform(get("/app/signatories/" + sabadell + "/inventories/new").with(user(viewer)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(form(post("/app/signatories/" + sabadell + "/inventories/new"), ENGLISH).with(user(viewer))
				.param("type", "BEI")
				.param("year", "1995")
				.param("action", "draft"))
			.andExpect(status().isForbidden());

		MiaUser editor = principal(CHIAVARI_EDITOR);
		this.mvc.perform(get("/app/signatories/" + sabadell + "/inventories").with(user(editor)))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/app/signatories/" + sabadell + "/inventories/preview").with(user(editor)).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/app/signatories/" + sabadell + "/inventories/new").with(user(editor))
				.with(csrf())
				.param("type", "BEI")
				.param("year", "1995"))
			.andExpect(status().isNotFound());
	}

	/**
	 * Two people open the same inventory; the second saves after the first: the form
	 * comes back with the second person's input and what is stored now, nothing lost.
	 */
	@Test
	void a_concurrent_edit_shows_the_conflict_screen_with_the_input_kept() throws Exception {
		long chiavari = signatory("Chiavari").id();
		SignatoryId id = new SignatoryId(chiavari);
		InventoryView created = this.inventories.saveDraft(editor(), id, null,
				new InventoryData(InventoryType.BEI, 1996, null, null, 1000, null, 0.4, null, null,
						java.util.List.of(new InventoryData.ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS,
								Carrier.ELECTRICITY, 100.0, null, null)),
						null, null, null, null, null));
		int read = created.summary().version();
		InventoryData first = new InventoryData(InventoryType.BEI, 1996, null, null, 1000, null, 0.4, null, null,
				java.util.List.of(new InventoryData.ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY,
						300.0, null, null)),
				null, null, null, null, read);
		this.inventories.updateInventory(editor(), id, created.summary().id(), first);

		this.mvc.perform(
				form(post("/app/signatories/" + chiavari + "/inventories/" + created.summary().id() + "/edit"), ENGLISH)
					.param("type", "BEI")
					.param("year", "1996")
					.param("population", "1,000")
					.param("nationalElectricityFactor", "0.4")
					.param("mwh.RESIDENTIAL_BUILDINGS.ELECTRICITY", "777")
					.param("version", String.valueOf(read))
					.param("action", "compute"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("value=\"777\"")))
			.andExpect(content().string(containsString("Residential buildings / Electricity: 300")));
		InventoryView now = this.inventories.inventory(editor(), id, created.summary().id());
		assertThat(now.data().consumption().get(0).mwh()).isEqualTo(300.0);
	}

	private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Cookie language) {
		return request.cookie(language).with(user(principal(CHIAVARI_EDITOR))).with(csrf());
	}

	private InventorySummary stored(long signatory, InventoryType type, int year) {
		return this.inventories.inventories(editor(), new SignatoryId(signatory))
			.stream()
			.filter((s) -> s.type() == type && s.year() == year)
			.findFirst()
			.orElseThrow();
	}

	private Actor editor() {
		return this.users.currentActor(principal(CHIAVARI_EDITOR).id());
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
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
