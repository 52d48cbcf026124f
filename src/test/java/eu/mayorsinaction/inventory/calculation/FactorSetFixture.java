package eu.mayorsinaction.inventory.calculation;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;

/**
 * Factor sets for the engine tests, with the figures of the domain brief written out.
 */
final class FactorSetFixture {

	private FactorSetFixture() {
	}

	/**
	 * The IPCC 2006 fuel factors of the brief (t/MWh), and the JRC 2017 factors of Italy
	 * 2008–2013.
	 */
	static FactorSet ipcc() {
		return new FactorSet("test IPCC 2006 + JRC 2017 (IT)", "domain brief §3", Approach.IPCC, EmissionUnit.CO2,
				ipccFuels(), Map.of("IT", italy()));
	}

	static Map<Carrier, Double> ipccFuels() {
		Map<Carrier, Double> fuels = new EnumMap<>(Carrier.class);
		fuels.put(Carrier.NATURAL_GAS, 0.202);
		fuels.put(Carrier.LIQUID_GAS, 0.227);
		fuels.put(Carrier.HEATING_OIL, 0.267);
		fuels.put(Carrier.DIESEL, 0.267);
		fuels.put(Carrier.GASOLINE, 0.249);
		fuels.put(Carrier.LIGNITE, 0.364);
		fuels.put(Carrier.COAL, 0.341);
		fuels.put(Carrier.PLANT_OIL, 0.0);
		fuels.put(Carrier.BIOFUEL, 0.0);
		fuels.put(Carrier.OTHER_BIOMASS, 0.0);
		fuels.put(Carrier.SOLAR_THERMAL, 0.0);
		fuels.put(Carrier.GEOTHERMAL, 0.0);
		return fuels;
	}

	static Map<Integer, Double> italy() {
		Map<Integer, Double> years = new TreeMap<>();
		years.put(2008, 0.464);
		years.put(2009, 0.413);
		years.put(2010, 0.407);
		years.put(2011, 0.405);
		years.put(2012, 0.391);
		years.put(2013, 0.344);
		return years;
	}

}
