package eu.mayorsinaction.inventory.calculation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.Sector.SectorGroup;
import eu.mayorsinaction.inventory.calculation.InventoryInput.Consumption;
import eu.mayorsinaction.inventory.calculation.InventoryInput.GreenElectricity;
import eu.mayorsinaction.inventory.calculation.InventoryInput.LocalHeat;
import eu.mayorsinaction.inventory.calculation.InventoryInput.NonEnergy;
import eu.mayorsinaction.inventory.calculation.InventoryInput.Plant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine against figures worked out by hand (the working beside each case), among
 * them every check of the domain brief (§3). The engine computes in {@code double}; each
 * expectation is compared after rounding to the decimals it is written with.
 */
class EmissionEngineTests {

	private final EmissionEngine engine = new EmissionEngine(FactorSetFixture.ipcc());

	// Fuel cells: emissions = MWh × factor of the set

	@ParameterizedTest(name = "{1} MWh of {0} → {2} t")
	@CsvSource({
			// brief: 1,000 MWh natural gas → 202 t (1000 × 0.202)
			"NATURAL_GAS,   1000,   202.000",
			// 1000 × 0.227
			"LIQUID_GAS,    1000,   227.000",
			// 1000 × 0.267
			"HEATING_OIL,   1000,   267.000",
			// 1000 × 0.267
			"DIESEL,        1000,   267.000",
			// 1000 × 0.249
			"GASOLINE,      1000,   249.000",
			// 1000 × 0.364
			"LIGNITE,       1000,   364.000",
			// 1000 × 0.341
			"COAL,          1000,   341.000",
			// 2500.5 × 0.202 = 505.101
			"NATURAL_GAS,   2500.5, 505.101",
			// 123.4 × 0.267 = 32.9478
			"DIESEL,        123.4,  32.9478",
			// renewables: the set says 0 → 1000 × 0 = 0
			"PLANT_OIL,     1000,   0.000", "BIOFUEL,       1000,   0.000", "OTHER_BIOMASS, 1000,   0.000",
			"SOLAR_THERMAL, 1000,   0.000", "GEOTHERMAL,    1000,   0.000" })
	void a_fuel_cell_emits_its_consumption_times_the_factor_of_the_set(Carrier carrier, double mwh, String tonnes) {
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, carrier, mwh).build());
		assertRounded(result.emissions().get(0).tco2(), tonnes);
		assertRounded(result.carrier(carrier), tonnes);
		assertRounded(result.sector(Sector.RESIDENTIAL_BUILDINGS), tonnes);
		assertRounded(result.total(), tonnes);
	}

	@Test
	void the_inventory_s_own_factor_comes_before_the_set_s() {
		// OTHER_FOSSIL has no factor in the set; own 0.3: 100 × 0.3 = 30 t
		// NATURAL_GAS own 0.2 instead of 0.202: 1000 × 0.2 = 200 t
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.INDUSTRY_NON_ETS, Carrier.OTHER_FOSSIL, 100)
				.consume(Sector.INDUSTRY_NON_ETS, Carrier.NATURAL_GAS, 1000)
				.own(Carrier.OTHER_FOSSIL, 0.3)
				.own(Carrier.NATURAL_GAS, 0.2)
				.build());
		assertRounded(result.carrier(Carrier.OTHER_FOSSIL), "30.000");
		assertRounded(result.carrier(Carrier.NATURAL_GAS), "200.000");
		assertThat(result.factors().carriers()).containsEntry(Carrier.OTHER_FOSSIL, 0.3)
			.containsEntry(Carrier.NATURAL_GAS, 0.2)
			.containsEntry(Carrier.DIESEL, 0.267);
	}

	@Test
	void a_carrier_without_a_factor_is_a_named_error_never_a_silent_zero() {
		// OTHER_FOSSIL: the set has none and the inventory gives none
		assertThatThrownBy(
				() -> this.engine.calculate(inventory().consume(Sector.TERTIARY_BUILDINGS, Carrier.NATURAL_GAS, 10)
					.consume(Sector.INDUSTRY_NON_ETS, Carrier.OTHER_FOSSIL, 100)
					.build()))
			.isInstanceOfSatisfying(MissingEmissionFactor.class, (ex) -> {
				assertThat(ex.carrier()).isEqualTo(Carrier.OTHER_FOSSIL);
				assertThat(ex.field()).isEqualTo("consumption[1].carrier");
				assertThat(ex.code()).isEqualTo("inventory.missingEmissionFactor");
				assertThat(ex.status()).isEqualTo(422);
			});
	}

	@Test
	void a_renewable_counts_zero_only_when_the_set_says_so() {
		Map<Carrier, Double> fuels = new EnumMap<>(FactorSetFixture.ipccFuels());
		fuels.remove(Carrier.BIOFUEL);
		EmissionEngine withoutBiofuel = new EmissionEngine(new FactorSet("no biofuel", "test", Approach.IPCC,
				EmissionUnit.CO2, fuels, Map.of("IT", FactorSetFixture.italy())));
		assertThatThrownBy(() -> withoutBiofuel
			.calculate(inventory().consume(Sector.PUBLIC_TRANSPORT, Carrier.BIOFUEL, 50).build()))
			.isInstanceOfSatisfying(MissingEmissionFactor.class,
					(ex) -> assertThat(ex.carrier()).isEqualTo(Carrier.BIOFUEL));
	}

	@Test
	void a_zero_consumption_needs_no_factor() {
		// 0 MWh of OTHER_FOSSIL: nothing to multiply, no error
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.INDUSTRY_NON_ETS, Carrier.OTHER_FOSSIL, 0).build());
		assertRounded(result.total(), "0.000");
	}

	// Local electricity factor

	@ParameterizedTest(name = "TCE {0}, LPE {1} ({2} t), GEP {3} ({4} t), NEEFE {5} → EFE {6}")
	@CsvSource({
			// brief: [(10000 − 1000 − 500) × 0.483 + 0 + 0] / 10000 = 4105.5 / 10000
			"10000, 1000,   0,  500,  0, 0.483, 0.41055, false",
			// no local production, no green purchases: NEEFE directly
			"10000,    0,   0,    0,  0, 0.483, 0.483,   false",
			// [(10000 − 2000) × 0.483 + 400] / 10000 = (3864 + 400) / 10000
			"10000, 2000, 400,    0,  0, 0.483, 0.4264,  false",
			// green purchases only: (5000 − 1000) × 0.483 / 5000 = 1932 / 5000
			"5000,     0,   0, 1000,  0, 0.483, 0.3864,  false",
			// net exporter, LPE 1500 > TCE 1000: (0 + 0) / (1500 + 0)
			"1000,  1500,   0,    0,  0, 0.483, 0,       true",
			// net exporter: (300 + 50) / (1500 + 500) = 350 / 2000; the general formula
			// would give [(1000 − 2000) × 0.483 + 350] / 1000 = −0.133
			"1000,  1500, 300,  500, 50, 0.483, 0.175,   true",
			// LPE + GEP = TCE is no export: (0 × 0.483 + 100) / 1000
			"1000,  1000, 100,    0,  0, 0.483, 0.1,     false" })
	void the_local_electricity_factor_follows_the_template_formula(double tce, double lpe, double co2lpe, double gep,
			double co2gep, double neefe, String efe, boolean exporter) {
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.MUNICIPAL_BUILDINGS, Carrier.ELECTRICITY, tce)
				.plant(Plant.electricity(PlantType.PHOTOVOLTAIC, lpe, co2lpe))
				.green(gep, co2gep)
				.nationalFactor(neefe)
				.build());
		assertRounded(result.electricityFactor(), efe);
		FactorsUsed.ElectricityFactor used = result.factors().electricity();
		assertThat(used.netExporter()).isEqualTo(exporter);
		assertThat(used.tce()).isEqualTo(tce);
		assertThat(used.lpe()).isEqualTo(lpe);
		assertThat(used.gep()).isEqualTo(gep);
		assertThat(used.co2lpe()).isEqualTo(co2lpe);
		assertThat(used.co2gep()).isEqualTo(co2gep);
		assertThat(used.nationalFactor()).isEqualTo(neefe);
		assertThat(used.nationalFactorGiven()).isTrue();
		assertThat(result.factors().carriers().get(Carrier.ELECTRICITY)).isEqualTo(result.electricityFactor());
	}

	@Test
	void electricity_consumption_emits_at_the_local_factor() {
		// brief case: EFE 0.41055; 10000 MWh × 0.41055 = 4105.5 t
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.MUNICIPAL_BUILDINGS, Carrier.ELECTRICITY, 10000)
				.plant(Plant.electricity(PlantType.PHOTOVOLTAIC, 1000, 0))
				.green(500, 0)
				.nationalFactor(0.483)
				.build());
		assertRounded(result.carrier(Carrier.ELECTRICITY), "4105.50000");
	}

	@ParameterizedTest(name = "inventory {0}, set 2008–2013 → {1} ({2}), factor {3}")
	@CsvSource({
			// the inventory year is in the set
			"2010, 2010, false, 0.407",
			// nearest year rule: 2015 → 2013, flagged
			"2015, 2013, true,  0.344",
			// 1990 → 2008, flagged
			"1990, 2008, true,  0.464" })
	void the_national_factor_is_the_inventory_year_s_else_the_nearest_year_s(int year, int used, boolean otherYear,
			String factor) {
		InventoryResult result = this.engine.calculate(inventory().year(year)
			.country("IT")
			.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 1000)
			.build());
		FactorsUsed.ElectricityFactor electricity = result.factors().electricity();
		assertThat(electricity.nationalFactorYear()).isEqualTo(used);
		assertThat(electricity.nationalFactorOtherYear()).isEqualTo(otherYear);
		assertThat(electricity.nationalFactorGiven()).isFalse();
		assertRounded(electricity.nationalFactor(), factor);
		// no local production, no green purchases: EFE = NEEFE
		assertRounded(result.electricityFactor(), factor);
	}

	@Test
	void of_two_years_as_near_the_earlier_is_used() {
		// 2009 missing: 2008 and 2010 are both one year away → 2008
		FactorSet gap = new FactorSet("gap", "test", Approach.IPCC, EmissionUnit.CO2, Map.of(),
				Map.of("XX", Map.of(2008, 0.5, 2010, 0.4)));
		FactorSet.NationalFactor found = gap.electricityFactor("XX", 2009);
		assertThat(found.year()).isEqualTo(2008);
		assertThat(found.factor()).isEqualTo(0.5);
		assertThat(found.otherYear()).isTrue();
	}

	@Test
	void grid_electricity_without_a_national_factor_is_a_named_error() {
		assertThatThrownBy(() -> this.engine.calculate(
				inventory().country("FR").consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 1000).build()))
			.isInstanceOf(MissingElectricityFactor.class)
			.hasMessage("inventory.missingElectricityFactor");
	}

	// Local heat factor

	@Test
	void the_local_heat_factor_is_local_heat_emissions_over_local_heat_consumption() {
		// brief: EFH = (1200 + 0 − 200) / 5000 = 0.2, LHC = HEAT_COLD total = 3000 + 2000
		// emissions: 3000 × 0.2 = 600 t, 2000 × 0.2 = 400 t
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 3000)
				.consume(Sector.TERTIARY_BUILDINGS, Carrier.HEAT_COLD, 2000)
				.heat(1200, 0, 200)
				.build());
		assertRounded(result.heatFactor(), "0.2");
		assertRounded(result.sector(Sector.RESIDENTIAL_BUILDINGS), "600.000");
		assertRounded(result.sector(Sector.TERTIARY_BUILDINGS), "400.000");
		assertRounded(result.carrier(Carrier.HEAT_COLD), "1000.000");
		FactorsUsed.HeatFactor heat = result.factors().heat();
		assertThat(heat.lhc()).isEqualTo(5000);
		assertThat(heat.co2lph()).isEqualTo(1200);
		assertThat(heat.co2ih()).isEqualTo(0);
		assertThat(heat.co2eh()).isEqualTo(200);
		assertThat(heat.given()).isFalse();
	}

	@Test
	void imported_heat_counts_in_the_local_heat_factor() {
		// (500 + 300 − 0) / 4000 = 0.2
		InventoryResult result = this.engine.calculate(
				inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 4000).heat(500, 300, 0).build());
		assertRounded(result.heatFactor(), "0.2");
	}

	@Test
	void a_given_heat_factor_needs_no_local_heat_data() {
		// 1000 × 0.25 = 250 t
		InventoryResult result = this.engine.calculate(
				inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 1000).heatFactor(0.25).build());
		assertRounded(result.carrier(Carrier.HEAT_COLD), "250.000");
		assertThat(result.factors().heat().given()).isTrue();
	}

	@Test
	void heat_consumption_without_heat_data_is_a_named_error() {
		assertThatThrownBy(() -> this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 1000).build()))
			.isInstanceOfSatisfying(MissingHeatData.class, (ex) -> {
				assertThat(ex.heatConsumption()).isEqualTo(1000);
				assertThat(ex.code()).isEqualTo("inventory.missingHeatData");
			});
	}

	@Test
	void without_heat_consumption_there_is_no_heat_factor() {
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.NATURAL_GAS, 1000).build());
		assertThat(result.heatFactor()).isNull();
	}

	// Combined heat and power

	@Test
	void chp_emissions_are_split_by_the_reference_efficiencies() {
		// brief: heat fuel 5000 / 0.90 = 5555.56, electricity fuel 3500 / 0.40 = 8750
		// heat share = (50000/9) / (128750/9) = 50000 / 128750 = 0.388350
		// heat: 0.388350 × 2020 = 784.466 → 784.47 t; electricity: 2020 − 784.466 =
		// 1235.534 → 1235.53 t
		double share = EmissionEngine.chpHeatShare(5000, 3500);
		assertRounded(share * 2020, "784.47");
		assertRounded(2020 - share * 2020, "1235.53");
	}

	@Test
	void a_chp_plant_counts_its_electricity_share_in_co2lpe_and_its_heat_share_in_co2lph() {
		// CHP: 10000 MWh natural gas in → 10000 × 0.202 = 2020 t; 3500 MWh electricity,
		// 5000 MWh heat → 1235.53 t electricity (CO2LPE), 784.47 t heat (CO2LPH)
		// EFE = [(10000 − 3500 − 0) × 0.483 + 1235.534] / 10000 = (3139.5 + 1235.534) /
		// 10000 = 4375.034 / 10000 = 0.4375034
		// EFH = (784.466 + 0 − 0) / 5000 = 0.1568932
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 10000)
				.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 5000)
				.plant(new Plant(PlantType.CHP, 3500, 5000, null, Map.of(Carrier.NATURAL_GAS, 10000.0)))
				.nationalFactor(0.483)
				.build());
		assertRounded(result.factors().electricity().co2lpe(), "1235.53");
		assertRounded(result.factors().heat().co2lph(), "784.47");
		assertThat(result.factors().electricity().lpe()).isEqualTo(3500);
		assertRounded(result.electricityFactor(), "0.4375034");
		assertRounded(result.heatFactor(), "0.1568932");
		// heat emissions give back the plant's heat share: 5000 × 0.1568932 = 784.466
		assertRounded(result.carrier(Carrier.HEAT_COLD), "784.466");
	}

	@Test
	void a_chp_plant_with_its_co2_given_is_split_the_same_way() {
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 10000)
				.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 5000)
				.plant(new Plant(PlantType.CHP, 3500, 5000, 2020.0, null))
				.nationalFactor(0.483)
				.build());
		assertRounded(result.factors().electricity().co2lpe(), "1235.53");
		assertRounded(result.factors().heat().co2lph(), "784.47");
	}

	@Test
	void a_plant_input_without_a_factor_is_a_named_error() {
		assertThatThrownBy(() -> this.engine
			.calculate(inventory().plant(new Plant(PlantType.CHP, 100, 100, null, Map.of(Carrier.OTHER_FOSSIL, 300.0)))
				.build()))
			.isInstanceOfSatisfying(MissingEmissionFactor.class, (ex) -> {
				assertThat(ex.carrier()).isEqualTo(Carrier.OTHER_FOSSIL);
				assertThat(ex.field()).isEqualTo("localElectricity[0].inputs.OTHER_FOSSIL");
			});
	}

	@Test
	void a_heating_plant_counts_all_its_co2_in_co2lph() {
		// district heating: 2000 MWh heating oil → 2000 × 0.267 = 534 t, all heat
		// EFH = 534 / 2000 = 0.267
		InventoryResult result = this.engine
			.calculate(inventory().consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 2000)
				.plant(new Plant(PlantType.DISTRICT_HEATING, 0, 1800, null, Map.of(Carrier.HEATING_OIL, 2000.0)))
				.build());
		assertRounded(result.factors().heat().co2lph(), "534.000");
		assertRounded(result.heatFactor(), "0.267");
		assertThat(result.factors().electricity().lpe()).isEqualTo(0);
	}

	// Totals

	@Test
	void totals_by_sector_group_carrier_non_energy_and_per_capita() {
		// electricity (NEEFE 0.4, nothing local → EFE 0.4): MB 1000 → 400, RB 4000 →
		// 1600,
		// PL 500 → 200; 5500 MWh → 2200 t
		// natural gas: MB 2000 × 0.202 = 404, RB 10000 × 0.202 = 2020; 2424 t
		// heat (given 0.25): RB 1000 × 0.25 = 250 t
		// diesel: MF 300 × 0.267 = 80.1, PCT 20000 × 0.267 = 5340, AGR 1000 × 0.267 =
		// 267;
		// 5687.1 t
		// gasoline: PCT 15000 × 0.249 = 3735 t; biofuel: PCT 1000 × 0 = 0 t
		// sectors: MB 400 + 404 = 804; RB 1600 + 2020 + 250 = 3870; PL 200; MF 80.1;
		// PCT 5340 + 3735 + 0 = 9075; AGR 267
		// groups: buildings 804 + 3870 + 200 = 4874; transport 80.1 + 9075 = 9155.1;
		// other 267
		// energy 4874 + 9155.1 + 267 = 14296.1 (by carrier: 2200 + 2424 + 250 + 5687.1 +
		// 3735 = 14296.1)
		// non-energy: waste 1200 + wastewater 300 = 1500; total 15796.1
		// per capita 15796.1 / 10000 = 1.57961
		InventoryResult result = this.engine.calculate(fullInventory(10000.0));
		assertRounded(result.sector(Sector.MUNICIPAL_BUILDINGS), "804.000");
		assertRounded(result.sector(Sector.RESIDENTIAL_BUILDINGS), "3870.000");
		assertRounded(result.sector(Sector.PUBLIC_LIGHTING), "200.000");
		assertRounded(result.sector(Sector.TERTIARY_BUILDINGS), "0.000");
		assertRounded(result.sector(Sector.MUNICIPAL_FLEET), "80.100");
		assertRounded(result.sector(Sector.PRIVATE_COMMERCIAL_TRANSPORT), "9075.000");
		assertRounded(result.sector(Sector.AGRICULTURE_FORESTRY_FISHERIES), "267.000");
		assertRounded(result.group(SectorGroup.BUILDINGS), "4874.000");
		assertRounded(result.group(SectorGroup.TRANSPORT), "9155.100");
		assertRounded(result.group(SectorGroup.OTHER), "267.000");
		assertRounded(result.carrier(Carrier.ELECTRICITY), "2200.000");
		assertRounded(result.carrier(Carrier.NATURAL_GAS), "2424.000");
		assertRounded(result.carrier(Carrier.HEAT_COLD), "250.000");
		assertRounded(result.carrier(Carrier.DIESEL), "5687.100");
		assertRounded(result.carrier(Carrier.GASOLINE), "3735.000");
		assertRounded(result.carrier(Carrier.BIOFUEL), "0.000");
		assertRounded(result.nonEnergy(NonEnergySector.WASTE), "1200.000");
		assertRounded(result.nonEnergy(NonEnergySector.WASTEWATER), "300.000");
		assertRounded(result.nonEnergy(NonEnergySector.OTHER_NON_ENERGY), "0.000");
		assertRounded(result.energy(), "14296.100");
		assertRounded(result.nonEnergy(), "1500.000");
		assertRounded(result.total(), "15796.100");
		assertRounded(result.perCapita(), "1.57961");
		assertRounded(result.requirePerCapita(), "1.57961");
		assertThat(result.bySector()).hasSize(Sector.values().length);
		assertThat(result.byGroup()).containsOnlyKeys(SectorGroup.values());
		assertThat(result.byCarrier()).hasSize(Carrier.values().length);
		assertThat(result.emissions()).hasSize(12);
		assertThat(result.factors().factorSet()).isEqualTo("test IPCC 2006 + JRC 2017 (IT)");
		assertThat(result.factors().carriers()).containsEntry(Carrier.ELECTRICITY, 0.4)
			.containsEntry(Carrier.HEAT_COLD, 0.25)
			.doesNotContainKey(Carrier.OTHER_FOSSIL);
	}

	@ParameterizedTest(name = "population {0}")
	@CsvSource(value = { "NONE", "0", "-5" }, nullValues = "NONE")
	void without_a_population_above_zero_there_is_no_per_capita_figure(Double population) {
		InventoryResult result = this.engine.calculate(fullInventory(population));
		assertThat(result.perCapita()).isNull();
		assertThatThrownBy(result::requirePerCapita).isInstanceOf(MissingPopulation.class)
			.hasMessage("inventory.missingPopulation");
	}

	@Test
	void a_factor_set_of_the_other_approach_is_refused() {
		assertThatThrownBy(() -> this.engine.calculate(inventory().approach(Approach.LCA).build()))
			.isInstanceOf(FactorSetForOtherApproach.class);
	}

	@Test
	void inputs_refuse_negative_or_non_numeric_quantities() {
		assertThatThrownBy(() -> new Consumption(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, -1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Consumption(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, Double.NaN))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new GreenElectricity(-1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	static InventoryInput fullInventory(Double population) {
		return inventory().population(population)
			.consume(Sector.MUNICIPAL_BUILDINGS, Carrier.ELECTRICITY, 1000)
			.consume(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 2000)
			.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 4000)
			.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.NATURAL_GAS, 10000)
			.consume(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 1000)
			.consume(Sector.PUBLIC_LIGHTING, Carrier.ELECTRICITY, 500)
			.consume(Sector.MUNICIPAL_FLEET, Carrier.DIESEL, 300)
			.consume(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 20000)
			.consume(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.GASOLINE, 15000)
			.consume(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.BIOFUEL, 1000)
			.consume(Sector.AGRICULTURE_FORESTRY_FISHERIES, Carrier.DIESEL, 1000)
			.consume(Sector.TERTIARY_BUILDINGS, Carrier.NATURAL_GAS, 0)
			.nationalFactor(0.4)
			.heatFactor(0.25)
			.nonEnergy(NonEnergySector.WASTE, 1200)
			.nonEnergy(NonEnergySector.WASTEWATER, 300)
			.build();
	}

	/**
	 * Rounds half up to the decimals of the expected figure and compares exactly.
	 */
	static void assertRounded(Double actual, String expected) {
		assertThat(actual).as("computed value").isNotNull();
		BigDecimal wanted = new BigDecimal(expected);
		assertThat(BigDecimal.valueOf(actual).setScale(wanted.scale(), RoundingMode.HALF_UP))
			.as("%s rounded to %d decimals", actual, wanted.scale())
			.isEqualTo(wanted);
	}

	static Builder inventory() {
		return new Builder();
	}

	static final class Builder {

		private int year = 2010;

		private Approach approach = Approach.IPCC;

		private Double population = 10000.0;

		private String country = "IT";

		private Double nationalFactor;

		private Double heatFactor;

		private final Map<Carrier, Double> own = new EnumMap<>(Carrier.class);

		private final List<Consumption> consumption = new ArrayList<>();

		private GreenElectricity green;

		private final List<Plant> plants = new ArrayList<>();

		private LocalHeat heat;

		private final List<NonEnergy> nonEnergy = new ArrayList<>();

		Builder year(int year) {
			this.year = year;
			return this;
		}

		Builder approach(Approach approach) {
			this.approach = approach;
			return this;
		}

		Builder population(Double population) {
			this.population = population;
			return this;
		}

		Builder country(String country) {
			this.country = country;
			return this;
		}

		Builder nationalFactor(double factor) {
			this.nationalFactor = factor;
			return this;
		}

		Builder heatFactor(double factor) {
			this.heatFactor = factor;
			return this;
		}

		Builder own(Carrier carrier, double factor) {
			this.own.put(carrier, factor);
			return this;
		}

		Builder consume(Sector sector, Carrier carrier, double mwh) {
			this.consumption.add(new Consumption(sector, carrier, mwh));
			return this;
		}

		Builder green(double mwh, double tco2) {
			this.green = new GreenElectricity(mwh, tco2);
			return this;
		}

		Builder plant(Plant plant) {
			this.plants.add(plant);
			return this;
		}

		Builder heat(double produced, double imported, double exported) {
			this.heat = new LocalHeat(produced, imported, exported);
			return this;
		}

		Builder nonEnergy(NonEnergySector sector, double tco2) {
			this.nonEnergy.add(new NonEnergy(sector, tco2));
			return this;
		}

		InventoryInput build() {
			return new InventoryInput(this.year, this.approach, EmissionUnit.CO2, this.population, this.country,
					this.nationalFactor, this.heatFactor, this.own, this.consumption, this.green, this.plants,
					this.heat, this.nonEnergy);
		}

	}

}
