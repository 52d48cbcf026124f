package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.FactorSetManagement;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Recompute with set X" from the inventory page: offered to those who may edit, recorded
 * in the history, refused to a reader. Sestri Levante's BEI 1990 is used only here.
 */
@WebIntegrationTest
class InventoryRecomputePageTests {

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	FactorSetManagement factorSets;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditManagement audit;

	@Autowired
	UserManagement users;

	/**
	 * 1,000 MWh of natural gas in municipal buildings × 0.202 t/MWh (IPCC 2006) = 202 t,
	 * before and after computing again with the same (default) set.
	 */
	@Test
	void an_editor_computes_an_inventory_again_with_a_chosen_set_and_a_reader_may_not() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		long sestri = this.organisations
			.findSignatories(admin, new SignatoryQuery("Sestri Levante", null, null, null, null), 0, 10)
			.items()
			.get(0)
			.id();
		InventoryView bei = this.inventories.createInventory(admin, new SignatoryId(sestri),
				new InventoryData(InventoryType.BEI, 1990, null, null, 30000, null, null, null, Map.of(),
						List.of(new InventoryData.ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS,
								1000.0, null, null)),
						null, List.of(), null, List.of(), null));
		String page = "/app/signatories/" + sestri + "/inventories/" + bei.summary().id();
		long set = this.factorSets.defaultSet().id();
		mvc.perform(get(page).with(user(principal(GENOA))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recompute-form\"")));
		mvc.perform(post(page + "/recompute").param("factorSetId", String.valueOf(set))
			.with(user(principal(GENOA)))
			.with(csrf())).andExpect(redirectedUrl(page)).andExpect(flash().attributeExists("flashSuccess"));
		assertThat(this.inventories.inventory(admin, new SignatoryId(sestri), bei.summary().id()).result().total())
			.isEqualTo(202.0);
		List<AuditEntryView> history = this.audit.history("INVENTORY", bei.summary().id());
		assertThat(history).extracting(AuditEntryView::action).contains("RECOMPUTE");
		mvc.perform(post(page + "/recompute").param("factorSetId", String.valueOf(set))
			.with(user(principal(SABADELL_VIEWER)))
			.with(csrf())).andExpect(status().isNotFound());
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

}
