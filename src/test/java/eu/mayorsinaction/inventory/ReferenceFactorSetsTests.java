package eu.mayorsinaction.inventory;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped reference factors are read as the files say (reference/README.md).
 */
class ReferenceFactorSetsTests {

	private final FactorSet standard = new ReferenceFactorSets().standard();

	@ParameterizedTest(name = "{0} → {1} t/MWh")
	@CsvSource({ "NATURAL_GAS, 0.202", "LIQUID_GAS, 0.227", "HEATING_OIL, 0.267", "DIESEL, 0.267", "GASOLINE, 0.249",
			"LIGNITE, 0.364", "COAL, 0.341", "PLANT_OIL, 0", "BIOFUEL, 0", "OTHER_BIOMASS, 0", "SOLAR_THERMAL, 0",
			"GEOTHERMAL, 0" })
	void the_ipcc_2006_fuel_factors_are_loaded(Carrier carrier, double factor) {
		assertThat(this.standard.fuelFactor(carrier)).isEqualTo(factor);
	}

	@Test
	void other_fossil_has_no_default_factor_and_non_template_rows_are_left_out() {
		assertThat(this.standard.fuelFactor(Carrier.OTHER_FOSSIL)).isNaN();
		assertThat(this.standard.fuelFactors()).hasSize(12);
	}

	@Test
	void the_jrc_2017_factors_hold_every_country_and_the_eu_average_2008_to_2013() {
		assertThat(this.standard.electricityFactor("IT", 2013).factor()).isEqualTo(0.344);
		assertThat(this.standard.electricityFactor("AT", 2008).factor()).isEqualTo(0.204);
		assertThat(this.standard.electricityFactor(FactorSet.EU_AVERAGE, 2008).factor()).isEqualTo(0.445);
		assertThat(this.standard.electricityFactor(FactorSet.EU_AVERAGE, 2020).year()).isEqualTo(2013);
		assertThat(this.standard.electricityFactors().get("IT")).containsOnlyKeys(2008, 2009, 2010, 2011, 2012, 2013);
		assertThat(this.standard.electricityFactors()).hasSize(29);
		assertThat(this.standard.approach()).isEqualTo(Approach.IPCC);
	}

}
