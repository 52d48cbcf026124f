package eu.mayorsinaction.inventory.calculation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;

/**
 * What the engine computes an inventory from: Table A (consumption), the certified green
 * electricity, Table C/D (local electricity and heat production), the non-energy
 * emissions, and optionally factors the inventory gives itself (row M550, the national
 * electricity factor, the heat factor). Quantities in MWh, emissions in t, factors in
 * t/MWh; optional numbers are {@code null}.
 *
 * @param year the inventory year
 * @param approach IPCC or LCA
 * @param unit CO2 or CO2_EQ
 * @param population the population in the inventory year, or {@code null}
 * @param country the ISO country code (or {@link FactorSet#EU_AVERAGE}) of the national
 * electricity factor
 * @param nationalElectricityFactor NEEFE given by the inventory, else from the set
 * @param heatFactor the heat factor given by the inventory, else EFH from the local heat
 * data
 * @param ownFactors the inventory's own factors per fuel carrier, before the set's
 * @param consumption Table A
 * @param greenElectricity certified green electricity purchased, or {@code null}
 * @param localPlants local electricity and heat plants (Table C and D)
 * @param localHeat local heat production, import and export, or {@code null}
 * @param nonEnergy non-energy emissions
 */
public record InventoryInput(int year, Approach approach, EmissionUnit unit, Double population, String country,
		Double nationalElectricityFactor, Double heatFactor, Map<Carrier, Double> ownFactors,
		List<Consumption> consumption, GreenElectricity greenElectricity, List<Plant> localPlants, LocalHeat localHeat,
		List<NonEnergy> nonEnergy) {

	public InventoryInput {
		Objects.requireNonNull(approach, "approach");
		Objects.requireNonNull(unit, "unit");
		optionalFactor(nationalElectricityFactor, "nationalElectricityFactor");
		optionalFactor(heatFactor, "heatFactor");
		Map<Carrier, Double> own = new EnumMap<>(Carrier.class);
		if (ownFactors != null) {
			ownFactors.forEach((carrier, factor) -> {
				if (!FactorSet.isFuel(carrier)) {
					throw new IllegalArgumentException(carrier + " has no factor of its own");
				}
				own.put(carrier, optionalFactor(factor, "ownFactors." + carrier));
			});
		}
		ownFactors = Collections.unmodifiableMap(own);
		consumption = (consumption != null) ? List.copyOf(consumption) : List.of();
		localPlants = (localPlants != null) ? List.copyOf(localPlants) : List.of();
		nonEnergy = (nonEnergy != null) ? List.copyOf(nonEnergy) : List.of();
	}

	private static Double optionalFactor(Double factor, String name) {
		if (factor != null && (!Double.isFinite(factor) || factor < 0)) {
			throw new IllegalArgumentException(name + " must be a number >= 0: " + factor);
		}
		return factor;
	}

	static double quantity(double value, String name) {
		if (!Double.isFinite(value) || value < 0) {
			throw new IllegalArgumentException(name + " must be a number >= 0: " + value);
		}
		return value;
	}

	/** One cell of Table A: final energy consumption of a sector from a carrier. */
	public record Consumption(Sector sector, Carrier carrier, double mwh) {

		public Consumption {
			Objects.requireNonNull(sector, "sector");
			Objects.requireNonNull(carrier, "carrier");
			quantity(mwh, "mwh");
		}

	}

	/** Certified green electricity purchased (M510) and its emissions. */
	public record GreenElectricity(double mwh, double tco2) {

		public GreenElectricity {
			quantity(mwh, "mwh");
			quantity(tco2, "tco2");
		}

	}

	/**
	 * A local plant: electricity (Table C) and/or heat (Table D) produced, and its CO2,
	 * given directly or computed from the fuel inputs (MWh per carrier) with the factors.
	 * A plant producing both is a combined heat and power plant: its CO2 is split.
	 */
	public record Plant(PlantType type, double electricityMwh, double heatMwh, Double tco2,
			Map<Carrier, Double> inputs) {

		public Plant {
			Objects.requireNonNull(type, "type");
			quantity(electricityMwh, "electricityMwh");
			quantity(heatMwh, "heatMwh");
			if (tco2 != null) {
				quantity(tco2, "tco2");
			}
			Map<Carrier, Double> copy = new EnumMap<>(Carrier.class);
			if (inputs != null) {
				inputs.forEach((carrier, mwh) -> {
					if (!FactorSet.isFuel(carrier)) {
						throw new IllegalArgumentException(carrier + " is not a fuel input");
					}
					copy.put(carrier, quantity(mwh, "inputs." + carrier));
				});
			}
			inputs = Collections.unmodifiableMap(copy);
		}

		/** An electricity plant with its CO2 given. */
		public static Plant electricity(PlantType type, double mwh, double tco2) {
			return new Plant(type, mwh, 0, tco2, null);
		}

	}

	/**
	 * Local heat: CO2 of heat produced locally (besides the plants), imported and
	 * exported.
	 */
	public record LocalHeat(double producedTco2, double importedTco2, double exportedTco2) {

		public LocalHeat {
			quantity(producedTco2, "producedTco2");
			quantity(importedTco2, "importedTco2");
			quantity(exportedTco2, "exportedTco2");
		}

	}

	/** Non-energy emissions of a sector (Table B, M91–M93), in t. */
	public record NonEnergy(NonEnergySector sector, double tco2) {

		public NonEnergy {
			Objects.requireNonNull(sector, "sector");
			quantity(tco2, "tco2");
		}

	}

}
