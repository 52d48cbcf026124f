package eu.mayorsinaction.inventory.web;

import eu.mayorsinaction.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The stateless calculation endpoint with the shipped factor set (IPCC 2006 + JRC 2017):
 * a full inventory with hand-worked totals, and every kind of bad input.
 */
@WebIntegrationTest
class CalculationApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/**
	 * Hand-worked (t, t/MWh):
	 * <ul>
	 * <li>CHP: 10000 MWh natural gas × 0.202 = 2020 t; heat share (5000/0.9) / (5000/0.9
	 * + 3500/0.4) = 0.388350 → heat 784.466, electricity 1235.534</li>
	 * <li>NEEFE: Italy 2015 is not in JRC 2017 (2008–2013) → 2013: 0.344, flagged</li>
	 * <li>TCE 2000 + 8000 = 10000; LPE 3500 + 500 = 4000; CO2LPE 1235.534 + 0; GEP 0 →
	 * EFE = [(10000 − 4000) × 0.344 + 1235.534] / 10000 = (2064 + 1235.534) / 10000 =
	 * 0.3299534 → 0.329953</li>
	 * <li>EFH = (784.466 + 215.534 − 0) / 5000 = 1000 / 5000 = 0.2 (imported heat chosen
	 * to make it round)</li>
	 * <li>MB: 2000 × 0.3299534 = 659.907 + 1000 × 0.202 = 202 → 861.907</li>
	 * <li>RB: 8000 × 0.3299534 = 2639.627 + 5000 × 0.2 = 1000 → 3639.627</li>
	 * <li>PCT: 10000 × 0.267 = 2670 + 4000 × 0.249 = 996 → 3666</li>
	 * <li>energy 861.907 + 3639.627 + 3666 = 8167.534 (carriers: 3299.534 + 202 + 1000 +
	 * 2670 + 996); non-energy 1500; total 9667.534; per capita 9667.534 / 20000 =
	 * 0.4833767 → 0.483377</li>
	 * </ul>
	 */
	@Test
	void a_full_inventory_is_computed_with_the_shipped_factors() throws Exception {
		String body = """
				{ "year": 2015, "approach": "IPCC", "unit": "CO2", "population": 20000, "country": "IT",
				  "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 8000 },
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "HEAT_COLD", "mwh": 5000 },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 },
				    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "GASOLINE", "mwh": 4000 } ],
				  "greenElectricity": { "mwh": 0, "tco2": 0 },
				  "localElectricity": [
				    { "plant": "CHP", "mwh": 3500, "heatMwh": 5000, "inputs": { "NATURAL_GAS": 10000 } },
				    { "plant": "PHOTOVOLTAIC", "mwh": 500, "tco2": 0 } ],
				  "localHeat": { "producedTco2": 0, "importedTco2": 215.534, "exportedTco2": 0 },
				  "nonEnergy": [ { "sector": "WASTE", "tco2": 1500 } ] }
				""";
		calculate(body).andExpect(status().isOk())
			.andExpect(jsonPath("$.electricityFactor").value(0.329953))
			.andExpect(jsonPath("$.electricityFactorYear").value(2013))
			.andExpect(jsonPath("$.electricityFactorOtherYear").value(true))
			.andExpect(jsonPath("$.heatFactor").value(0.2))
			.andExpect(jsonPath("$.emissions", hasSize(6)))
			.andExpect(jsonPath("$.emissions[0].tco2").value(659.907))
			.andExpect(jsonPath("$.emissions[1].tco2").value(202.0))
			.andExpect(jsonPath("$.emissions[3].tco2").value(1000.0))
			.andExpect(jsonPath("$.totals.bySector.MUNICIPAL_BUILDINGS").value(861.907))
			.andExpect(jsonPath("$.totals.bySector.RESIDENTIAL_BUILDINGS").value(3639.627))
			.andExpect(jsonPath("$.totals.bySector.PRIVATE_COMMERCIAL_TRANSPORT").value(3666.0))
			.andExpect(jsonPath("$.totals.byGroup.BUILDINGS").value(4501.534))
			.andExpect(jsonPath("$.totals.byGroup.TRANSPORT").value(3666.0))
			.andExpect(jsonPath("$.totals.byCarrier.ELECTRICITY").value(3299.534))
			.andExpect(jsonPath("$.totals.byCarrier.DIESEL").value(2670.0))
			.andExpect(jsonPath("$.totals.byCarrier.GASOLINE").value(996.0))
			.andExpect(jsonPath("$.totals.byNonEnergySector.WASTE").value(1500.0))
			.andExpect(jsonPath("$.totals.energy").value(8167.534))
			.andExpect(jsonPath("$.totals.nonEnergy").value(1500.0))
			.andExpect(jsonPath("$.totals.total").value(9667.534))
			.andExpect(jsonPath("$.totals.perCapita").value(0.483377))
			.andExpect(jsonPath("$.factors.factorSet")
				.value("IPCC 2006 default factors + JRC 2017 national electricity factors"))
			.andExpect(jsonPath("$.factors.carriers.NATURAL_GAS").value(0.202))
			.andExpect(jsonPath("$.factors.electricity.nationalFactor").value(0.344))
			.andExpect(jsonPath("$.factors.electricity.co2lpe").value(1235.534))
			.andExpect(jsonPath("$.factors.electricity.lpe").value(4000.0))
			.andExpect(jsonPath("$.factors.electricity.netExporter").value(false))
			.andExpect(jsonPath("$.factors.heat.co2lph").value(784.466))
			.andExpect(jsonPath("$.factors.heat.lhc").value(5000.0));
	}

	@Test
	void the_eu_average_and_a_given_national_factor_can_be_used() throws Exception {
		// EU28 2010 in JRC 2017: 0.407; 1000 MWh × 0.407 = 407 t
		calculate("""
				{ "year": 2010, "country": "EU28",
				  "consumption": [ { "sector": "TERTIARY_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 1000 } ] }
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.electricityFactor").value(0.407))
			.andExpect(jsonPath("$.electricityFactorOtherYear").value(false))
			.andExpect(jsonPath("$.totals.total").value(407.0))
			.andExpect(jsonPath("$.totals.perCapita").value(nullValue()));
		// given NEEFE 0.483: 1000 × 0.483 = 483 t; no year from the set
		calculate("""
				{ "year": 2010, "nationalElectricityFactor": 0.483,
				  "consumption": [ { "sector": "TERTIARY_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 1000 } ] }
				""").andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.total").value(483.0))
			.andExpect(jsonPath("$.electricityFactorYear").value(nullValue()));
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', value = {
			"{ \"year\": 2010, \"consumption\": [ { \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"NATURAL_GAS\", \"mwh\": 1 }, { \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"NATURAL_GAS\", \"mwh\": -5 } ] }"
					+ "| consumption[1].mwh | inventory.negative",
			"{ \"year\": 2010, \"consumption\": [ { \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"NATURAL_GAS\", \"mwh\": \"lots\" } ] }"
					+ "| consumption[0].mwh | typeMismatch",
			"{ \"year\": 2010, \"consumption\": [ { \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"KEROSENE\", \"mwh\": 1 } ] }"
					+ "| consumption[0].carrier | typeMismatch",
			"{ \"year\": 2010, \"consumption\": [ { \"sector\": \"SPACE_PORT\", \"carrier\": \"DIESEL\", \"mwh\": 1 } ] }"
					+ "| consumption[0].sector | typeMismatch",
			"{ \"year\": 2010, \"localElectricity\": [ { \"plant\": \"NUCLEAR\", \"mwh\": 1 } ] }"
					+ "| localElectricity[0].plant | typeMismatch",
			"{ \"year\": 2010, \"consumption\": [ { \"sector\": \"MUNICIPAL_BUILDINGS\", \"carrier\": \"DIESEL\" } ] }"
					+ "| consumption[0].mwh | inventory.required",
			"{ \"year\": 1989 } | year | inventory.yearOutOfRange",
			"{ \"year\": 2999 } | year | inventory.yearOutOfRange", "{ } | year | inventory.required",
			"{ \"year\": 2010, \"country\": \"XX\" } | country | inventory.unknownCountry",
			"{ \"year\": 2010, \"localElectricity\": [ { \"plant\": \"WIND\", \"heatMwh\": 5 } ] }"
					+ "| localElectricity[0].heatMwh | inventory.plantWithoutHeat",
			"{ \"year\": 2010, \"ownFactors\": { \"ELECTRICITY\": 0.5 } } | ownFactors.ELECTRICITY | inventory.notAFuel",
			"{ \"year\": 2010, \"ownFactors\": { \"KEROSENE\": 0.5 } } | ownFactors | typeMismatch",
			"{ \"year\": 2010, \"nonEnergy\": [ { \"sector\": \"WASTE\", \"tco2\": -1 } ] } | nonEnergy[0].tco2 | inventory.negative" })
	void bad_input_is_answered_with_the_field_at_fault(String body, String field, String code) throws Exception {
		calculate(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("error.validation"))
			.andExpect(jsonPath("$.fields[0].field").value(field))
			.andExpect(jsonPath("$.fields[0].code").value(code))
			.andExpect(jsonPath("$.fields[0].message").isNotEmpty());
	}

	@Test
	void a_carrier_without_a_factor_is_refused_with_the_row_at_fault() throws Exception {
		calculate("""
				{ "year": 2010, "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 100 },
				    { "sector": "INDUSTRY_NON_ETS", "carrier": "OTHER_FOSSIL", "mwh": 100 } ] }
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inventory.missingEmissionFactor"))
			.andExpect(jsonPath("$.errors[0].field").value("consumption[1].carrier"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		// with the inventory's own factor it computes: 100 × 0.202 + 100 × 0.3 = 50.2 t
		calculate("""
				{ "year": 2010, "ownFactors": { "OTHER_FOSSIL": 0.3 }, "consumption": [
				    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 100 },
				    { "sector": "INDUSTRY_NON_ETS", "carrier": "OTHER_FOSSIL", "mwh": 100 } ] }
				""").andExpect(status().isOk()).andExpect(jsonPath("$.totals.total").value(50.2));
	}

	@Test
	void heat_consumption_without_heat_data_is_refused() throws Exception {
		calculate("""
				{ "year": 2010, "consumption": [
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "HEAT_COLD", "mwh": 1000 } ] }
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inventory.missingHeatData"))
			.andExpect(jsonPath("$.errors[0].field").value("localHeat"));
	}

	@Test
	void a_per_capita_commitment_needs_a_population() throws Exception {
		calculate("""
				{ "year": 2010, "perCapitaCommitment": true, "nonEnergy": [ { "sector": "WASTE", "tco2": 10 } ] }
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inventory.missingPopulation"))
			.andExpect(jsonPath("$.errors[0].field").value("population"));
		// 10 t / 4 inhabitants = 2.5 t per capita
		calculate("""
				{ "year": 2010, "perCapitaCommitment": true, "population": 4,
				  "nonEnergy": [ { "sector": "WASTE", "tco2": 10 } ] }
				""").andExpect(status().isOk()).andExpect(jsonPath("$.totals.perCapita").value(2.5));
	}

	@Test
	void grid_electricity_without_any_national_factor_is_refused() throws Exception {
		calculate("""
				{ "year": 2010, "consumption": [
				    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 1000 } ] }
				""").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("inventory.missingElectricityFactor"));
	}

	@Test
	void the_calculation_needs_a_signed_in_caller() throws Exception {
		this.mvc.perform(post("/api/v1/calculations/inventory").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	private ResultActions calculate(String body) throws Exception {
		return this.mvc.perform(post("/api/v1/calculations/inventory").with(httpBasic(VIEWER, PASSWORD))
			.header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

}
