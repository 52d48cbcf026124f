package eu.mayorsinaction.inventory.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A signatory's progress through the API and the page, with inventories stored through
 * the API and figures worked out by hand (t CO2, t CO2/inhabitant, %). Every test makes
 * its own signatory, supported by the Province of Barcelona, since the tests share one
 * database.
 */
@WebIntegrationTest
class ProgressApiTests {

	static final String PASSWORD = "demo-mayors-2026";

	static final String BARCELONA = "staff.barcelona@demo.mayorsinaction.eu";

	static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	static final String ADMIN = "admin@demo.mayorsinaction.eu";

	static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * Hand-worked, EFE = the national factor given (0.45 t/MWh, no local production):
	 * <ul>
	 * <li>BEI 2007: municipal electricity 10,000 MWh × 0.45 = 4,500; residential natural
	 * gas 100,000 × 0.202 = 20,200; private transport diesel 50,000 × 0.267 = 13,350;
	 * waste 1,950; total 40,000 t; 40,000 inhabitants → 1 t/inh.</li>
	 * <li>MEI 2013: 8,000 × 0.45 = 3,600 (−900, −20%); 90,000 × 0.202 = 18,180 (−2,020,
	 * −10%); 45,000 × 0.267 = 12,015 (−1,335, −10%); waste 1,805 (−145, −145/1,950 =
	 * −7.435897% → −7.44); total 35,600 t (−4,400, −11%); 40,000 inhabitants → 0.89 t/inh
	 * (−0.11).</li>
	 * <li>Commitment 20% by 2019, absolute: target 40,000 × 0.8 = 32,000 t; trajectory
	 * 2013 = 40,000 − 8,000 × 6/12 = 36,000; 35,600 is 400 below: on track. Achieved 11%;
	 * still needed 35,600 − 32,000 = 3,600 t (3,600/35,600 = 10.11236% → 10.11).</li>
	 * <li>Municipal per capita: 4,500/40,000 = 0.1125 → 3,600/40,000 = 0.09:
	 * −0.0225.</li>
	 * </ul>
	 */
	@Test
	void an_mei_is_compared_with_the_bei_and_the_commitment() throws Exception {
		long id = newSignatory("Progresville");
		store(id, inventory("BEI", 2007, 40000, 10000, 100000, 50000, 1950), false);
		store(id, inventory("MEI", 2013, 40000, 8000, 90000, 45000, 1805), false);
		// a draft that cannot be computed: heat consumed, no heat factor nor local heat
		store(id, """
				{ "type": "MEI", "year": 2016, "population": 40000, "nationalElectricityFactor": 0.45,
				  "consumption": [ { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "HEAT_COLD", "mwh": 1000 } ] }
				""", true);
		commit(id, 20, 2019, TargetKind.ABSOLUTE);

		this.mvc.perform(get(progress(id)).with(httpBasic(BARCELONA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.signatoryId").value(id))
			.andExpect(jsonPath("$.bei.year").value(2007))
			.andExpect(jsonPath("$.bei.totalTco2").value(40000.0))
			.andExpect(jsonPath("$.bei.perCapita").value(1.0))
			.andExpect(jsonPath("$.baselineChoice").value("ONLY"))
			.andExpect(jsonPath("$.commitment.targetYear").value(2019))
			.andExpect(jsonPath("$.commitment.targetKind").value("ABSOLUTE"))
			.andExpect(jsonPath("$.target.unit").value("t CO2"))
			.andExpect(jsonPath("$.target.baselineValue").value(40000.0))
			.andExpect(jsonPath("$.target.targetValue").value(32000.0))
			.andExpect(jsonPath("$.targetProblem").doesNotExist())
			.andExpect(jsonPath("$.trajectory", hasSize(3)))
			.andExpect(jsonPath("$.trajectory[0].year").value(2007))
			.andExpect(jsonPath("$.trajectory[0].value").value(40000.0))
			.andExpect(jsonPath("$.trajectory[1].year").value(2013))
			.andExpect(jsonPath("$.trajectory[1].value").value(36000.0))
			.andExpect(jsonPath("$.trajectory[2].year").value(2019))
			.andExpect(jsonPath("$.trajectory[2].value").value(32000.0))
			.andExpect(jsonPath("$.meis", hasSize(1)))
			.andExpect(jsonPath("$.meis[0].year").value(2013))
			.andExpect(jsonPath("$.meis[0].sameMethod").value(true))
			.andExpect(jsonPath("$.meis[0].total.beiTco2").value(40000.0))
			.andExpect(jsonPath("$.meis[0].total.meiTco2").value(35600.0))
			.andExpect(jsonPath("$.meis[0].total.changeTco2").value(-4400.0))
			.andExpect(jsonPath("$.meis[0].total.changePercent").value(-11.0))
			.andExpect(jsonPath("$.meis[0].total.beiPerCapita").value(1.0))
			.andExpect(jsonPath("$.meis[0].total.meiPerCapita").value(0.89))
			.andExpect(jsonPath("$.meis[0].total.perCapitaChange").value(-0.11))
			.andExpect(jsonPath("$.meis[0].nonEnergy.changeTco2").value(-145.0))
			.andExpect(jsonPath("$.meis[0].nonEnergy.changePercent").value(-7.44))
			.andExpect(jsonPath("$.meis[0].bySector.MUNICIPAL_BUILDINGS.changeTco2").value(-900.0))
			.andExpect(jsonPath("$.meis[0].bySector.MUNICIPAL_BUILDINGS.changePercent").value(-20.0))
			.andExpect(jsonPath("$.meis[0].bySector.MUNICIPAL_BUILDINGS.beiPerCapita").value(0.1125))
			.andExpect(jsonPath("$.meis[0].bySector.MUNICIPAL_BUILDINGS.meiPerCapita").value(0.09))
			.andExpect(jsonPath("$.meis[0].bySector.MUNICIPAL_BUILDINGS.perCapitaChange").value(-0.0225))
			.andExpect(jsonPath("$.meis[0].bySector.RESIDENTIAL_BUILDINGS.changeTco2").value(-2020.0))
			.andExpect(jsonPath("$.meis[0].bySector.RESIDENTIAL_BUILDINGS.changePercent").value(-10.0))
			.andExpect(jsonPath("$.meis[0].bySector.PRIVATE_COMMERCIAL_TRANSPORT.changeTco2").value(-1335.0))
			.andExpect(jsonPath("$.meis[0].bySector.PRIVATE_COMMERCIAL_TRANSPORT.changePercent").value(-10.0))
			.andExpect(jsonPath("$.meis[0].bySector.TERTIARY_BUILDINGS").doesNotExist())
			.andExpect(jsonPath("$.meis[0].byCarrier.ELECTRICITY.changeTco2").value(-900.0))
			.andExpect(jsonPath("$.meis[0].byCarrier.NATURAL_GAS.beiTco2").value(20200.0))
			.andExpect(jsonPath("$.meis[0].byCarrier.NATURAL_GAS.meiTco2").value(18180.0))
			.andExpect(jsonPath("$.meis[0].byCarrier.DIESEL.changePercent").value(-10.0))
			.andExpect(jsonPath("$.meis[0].reductionAchievedPercent").value(11.0))
			.andExpect(jsonPath("$.meis[0].actual").value(35600.0))
			.andExpect(jsonPath("$.meis[0].trajectoryValue").value(36000.0))
			.andExpect(jsonPath("$.meis[0].status").value("ON_TRACK"))
			.andExpect(jsonPath("$.meis[0].margin").value(400.0))
			.andExpect(jsonPath("$.meis[0].stillNeeded").value(3600.0))
			.andExpect(jsonPath("$.meis[0].stillNeededPercent").value(10.11))
			.andExpect(jsonPath("$.status").value("ON_TRACK"))
			.andExpect(jsonPath("$.notCompared", hasSize(1)))
			.andExpect(jsonPath("$.notCompared[0].type").value("MEI"))
			.andExpect(jsonPath("$.notCompared[0].year").value(2016))
			.andExpect(jsonPath("$.notCompared[0].reason").value("inventory.missingHeatData"));

		// The page shows the same figures, in English.
		this.mvc.perform(get(page(id)).with(user(principal(BARCELONA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress of Progresville")))
			.andExpect(content().string(containsString("32,000 t CO2 in 2019")))
			.andExpect(content().string(containsString(
					"In 2013 the emissions were 35,600 t CO2, 400 t CO2 below the trajectory (36,000 t CO2).")))
			.andExpect(content().string(containsString("Reduction achieved since the baseline: 11 % of total")))
			.andExpect(content().string(containsString("3,600 t CO2 (10.1 % of the emissions of 2013)")))
			.andExpect(content().string(containsString("id=\"progress-chart\"")))
			.andExpect(content().string(containsString("Municipal buildings, equipment and facilities")))
			.andExpect(content().string(containsString("-2,020")))
			.andExpect(content().string(containsString("-0.023")))
			.andExpect(content()
				.string(containsString("MEI 2016: a draft that cannot be computed yet (Heat is consumed")));
	}

	/**
	 * A per-capita commitment (40% by 2030) and a BEI 2009 without population: no target,
	 * a named problem instead; the change is still there: municipal electricity 10,000
	 * MWh × 0.45 = 4,500 t → 9,000 × 0.45 = 4,050 t: −450 t, −10%.
	 */
	@Test
	void a_per_capita_commitment_without_the_baseline_population_names_the_problem() throws Exception {
		long id = newSignatory("Percapitaville");
		store(id, inventory("BEI", 2009, null, 10000, 0, 0, 0), false);
		store(id, inventory("MEI", 2015, 20000, 9000, 0, 0, 0), false);
		commit(id, 40, 2030, TargetKind.PER_CAPITA);

		this.mvc.perform(get(progress(id)).with(httpBasic(BARCELONA, PASSWORD)).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target").doesNotExist())
			.andExpect(jsonPath("$.targetProblem.code").value("progress.populationMissing"))
			.andExpect(jsonPath("$.targetProblem.message").value(containsString("BEI 2009")))
			.andExpect(jsonPath("$.targetProblem.message").value(not(containsString("{0}"))))
			.andExpect(jsonPath("$.trajectory", hasSize(0)))
			.andExpect(jsonPath("$.meis[0].total.changeTco2").value(-450.0))
			.andExpect(jsonPath("$.meis[0].total.changePercent").value(-10.0))
			.andExpect(jsonPath("$.meis[0].total.perCapitaChange").doesNotExist())
			.andExpect(jsonPath("$.meis[0].reductionAchievedPercent").doesNotExist())
			.andExpect(jsonPath("$.meis[0].status").value("NOT_ASSESSED"))
			.andExpect(jsonPath("$.meis[0].problem").value("progress.populationMissing"));

		this.mvc.perform(get(page(id)).with(user(principal(BARCELONA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-target-problem\"")))
			.andExpect(content().string(containsString("but the BEI 2009 has no population")));
	}

	/**
	 * Per capita: BEI 2008 40,000 t (4,500 + 20,200 + 13,350 + 1,950) / 40,000 inh = 1
	 * t/inh; 30% per capita by 2020 → 0.7 t/inh. MEI 2014: the same 40,000 t for 50,000
	 * inh = 0.8 t/inh (total change 0 t). Trajectory 2014 = 1 − 0.3 × 6/12 = 0.85: 0.05
	 * below, on track. Achieved (1 − 0.8)/1 = 20%; still needed 0.8 − 0.7 = 0.1 t/inh
	 * (0.1/0.8 = 12.5%).
	 */
	@Test
	void a_per_capita_commitment_is_judged_per_inhabitant() throws Exception {
		long id = newSignatory("Growville");
		store(id, inventory("BEI", 2008, 40000, 10000, 100000, 50000, 1950), false);
		store(id, inventory("MEI", 2014, 50000, 10000, 100000, 50000, 1950), false);
		commit(id, 30, 2020, TargetKind.PER_CAPITA);

		this.mvc.perform(get(progress(id)).with(httpBasic(BARCELONA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.target.metric").value("PER_CAPITA"))
			.andExpect(jsonPath("$.target.unit").value("t CO2/inhabitant"))
			.andExpect(jsonPath("$.target.baselineValue").value(1.0))
			.andExpect(jsonPath("$.target.targetValue").value(0.7))
			.andExpect(jsonPath("$.trajectory[1].value").value(0.85))
			.andExpect(jsonPath("$.meis[0].total.changeTco2").value(0.0))
			.andExpect(jsonPath("$.meis[0].total.perCapitaChange").value(-0.2))
			.andExpect(jsonPath("$.meis[0].actual").value(0.8))
			.andExpect(jsonPath("$.meis[0].trajectoryValue").value(0.85))
			.andExpect(jsonPath("$.meis[0].status").value("ON_TRACK"))
			.andExpect(jsonPath("$.meis[0].margin").value(0.05))
			.andExpect(jsonPath("$.meis[0].reductionAchievedPercent").value(20.0))
			.andExpect(jsonPath("$.meis[0].stillNeeded").value(0.1))
			.andExpect(jsonPath("$.meis[0].stillNeededPercent").value(12.5));

		this.mvc.perform(get(page(id)).with(user(principal(BARCELONA))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0.7 t CO2 per inhabitant in 2020")))
			.andExpect(content().string(containsString("In 2014 the emissions were 0.8 t CO2 per inhabitant, "
					+ "0.05 t CO2 per inhabitant below the trajectory (0.85 t CO2 per inhabitant).")))
			.andExpect(content().string(containsString("20 % of emissions per inhabitant")))
			.andExpect(content().string(containsString("0.1 t CO2 per inhabitant (12.5 % of the emissions of 2014)")));
	}

	@Test
	void a_signatory_without_inventories_nor_commitment_answers_with_empty_states() throws Exception {
		long id = newSignatory("Emptyville");
		this.mvc.perform(get(progress(id)).with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bei").doesNotExist())
			.andExpect(jsonPath("$.baselineChoice").value("NONE"))
			.andExpect(jsonPath("$.commitment").doesNotExist())
			.andExpect(jsonPath("$.meis", hasSize(0)))
			.andExpect(jsonPath("$.status").doesNotExist());
		this.mvc.perform(get(page(id)).with(user(principal(ADMIN))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-no-commitment\"")))
			.andExpect(content().string(containsString("id=\"progress-no-baseline\"")))
			.andExpect(content().string(not(containsString("id=\"progress-chart\""))));

		// a BEI alone: no MEI yet
		store(id, inventory("BEI", 2010, 1000, 1000, 0, 0, 0), false);
		this.mvc.perform(get(page(id)).with(user(principal(ADMIN))).cookie(ENGLISH))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"progress-no-mei\"")))
			.andExpect(content().string(containsString("id=\"progress-chart\"")));
	}

	@Test
	void another_tenant_gets_404_and_a_viewer_may_read() throws Exception {
		long id = newSignatory("Hiddenville");
		this.mvc.perform(get(progress(id)).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))).andExpect(status().isNotFound());
		this.mvc.perform(get(progress(id)).with(httpBasic(SABADELL_VIEWER, PASSWORD))).andExpect(status().isNotFound());
		this.mvc.perform(get(page(id)).with(user(principal(CHIAVARI_EDITOR)))).andExpect(status().isNotFound());

		long sabadell = this.organisations
			.findSignatories(admin(),
					new eu.mayorsinaction.organisation.SignatoryQuery("Sabadell", null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals("Sabadell"))
			.findFirst()
			.orElseThrow()
			.id();
		this.mvc.perform(get(progress(sabadell)).with(httpBasic(SABADELL_VIEWER, PASSWORD))).andExpect(status().isOk());
		this.mvc.perform(get(page(sabadell)).with(user(principal(SABADELL_VIEWER)))).andExpect(status().isOk());
	}

	private long newSignatory(String name) {
		SignatoryView created = this.organisations.createSignatory(this.users.currentActor(principal(BARCELONA).id()),
				new SignatoryData(name + " " + UUID.randomUUID().toString().substring(0, 8), "ES", "Barcelona", 40000,
						2021, null, null, null, null, null, SignatoryStatus.ACTIVE, null, false, null),
				new OrganisationId(this.organisations.findOrganisations(admin(), "Province of Barcelona", null, 0, 10)
					.items()
					.get(0)
					.id()));
		return created.id();
	}

	private void commit(long signatory, int percent, int targetYear, TargetKind kind) {
		this.organisations.addCommitment(admin(), new SignatoryId(signatory), new CommitmentData(Framework.COM_2020,
				LocalDate.of(2008, 6, 1), BigDecimal.valueOf(percent), targetYear, kind));
	}

	private ResultActions store(long signatory, String body, boolean draft) throws Exception {
		return this.mvc
			.perform(post("/api/v1/signatories/" + signatory + "/inventories" + (draft ? "?draft=true" : ""))
				.with(httpBasic(BARCELONA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated());
	}

	/**
	 * An inventory with 0.45 t/MWh for electricity: municipal electricity, residential
	 * natural gas and private diesel [MWh], waste [t].
	 */
	static String inventory(String type, int year, Integer population, double electricity, double gas, double diesel,
			double waste) {
		return """
				{ "type": "%s", "year": %d, "population": %s, "nationalElectricityFactor": 0.45,
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": %s },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": %s },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": %s } ],
				  "nonEnergy": [ { "sector": "WASTE", "tco2": %s } ] }
				""".formatted(type, year, population, electricity, gas, diesel, waste);
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

	private static String progress(long signatory) {
		return "/api/v1/signatories/" + signatory + "/inventories/progress";
	}

	private static String page(long signatory) {
		return "/app/signatories/" + signatory + "/inventories/progress";
	}

}
