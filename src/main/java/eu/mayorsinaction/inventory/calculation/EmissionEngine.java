package eu.mayorsinaction.inventory.calculation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.Sector;

/**
 * Computes an inventory as the Covenant of Mayors defines it (SEAP template instructions
 * and guidebook): emissions = MWh × factor per cell; fuel factors from the inventory's
 * own factors, else the factor set; electricity by the local factor EFE; heat by the
 * local factor EFH; combined heat and power split by the reference-efficiency method.
 *
 * <p>
 * Arithmetic is IEEE {@code double} throughout; nothing is rounded, so results carry
 * binary rounding noise in the last digits (1,000 MWh × 0.202 = 202.00000000000003 t).
 * Callers round for display only (the API rounds tonnes to 3 decimals, factors to 6).
 * Stateless and thread-safe.
 */
public final class EmissionEngine {

	/** Reference efficiency of separate heat production (guidebook). */
	static final double HEAT_REFERENCE_EFFICIENCY = 0.90;

	/** Reference efficiency of separate electricity production (guidebook). */
	static final double ELECTRICITY_REFERENCE_EFFICIENCY = 0.40;

	private static final Carrier[] CARRIERS = Carrier.values();

	private static final int SECTORS = Sector.values().length;

	private static final int NON_ENERGY_SECTORS = NonEnergySector.values().length;

	private static final int ELECTRICITY = Carrier.ELECTRICITY.ordinal();

	private static final int HEAT = Carrier.HEAT_COLD.ordinal();

	private final FactorSet factorSet;

	public EmissionEngine(FactorSet factorSet) {
		this.factorSet = factorSet;
	}

	public FactorSet factorSet() {
		return this.factorSet;
	}

	/**
	 * The share of a CHP plant's CO2 that goes to heat: (P_heat / 0.90) / (P_heat / 0.90
	 * + P_elec / 0.40).
	 */
	public static double chpHeatShare(double heatMwh, double electricityMwh) {
		double heatFuel = heatMwh / HEAT_REFERENCE_EFFICIENCY;
		double electricityFuel = electricityMwh / ELECTRICITY_REFERENCE_EFFICIENCY;
		return heatFuel / (heatFuel + electricityFuel);
	}

	/**
	 * Computes the inventory.
	 * @throws MissingEmissionFactor a used fuel carrier has no factor
	 * @throws MissingElectricityFactor grid electricity is consumed without a national
	 * factor
	 * @throws MissingHeatData heat is consumed without a heat factor or local heat data
	 * @throws FactorSetForOtherApproach the set is for the other approach
	 */
	public InventoryResult calculate(InventoryInput input) {
		if (input.approach() != this.factorSet.approach()) {
			throw new FactorSetForOtherApproach(this.factorSet, input.approach());
		}
		int carriers = CARRIERS.length;
		double[] factors = new double[carriers];
		for (int c = 0; c < carriers; c++) {
			factors[c] = this.factorSet.fuelFactor(CARRIERS[c]);
		}
		for (Map.Entry<Carrier, Double> own : input.ownFactors().entrySet()) {
			factors[own.getKey().ordinal()] = own.getValue();
		}

		// One pass over Table A: fuel cells at once (their factors are known),
		// electricity
		// and heat summed per sector until EFE and EFH are known.
		List<InventoryInput.Consumption> consumption = input.consumption();
		int rows = consumption.size();
		double[] bySector = new double[SECTORS];
		double[] byCarrier = new double[carriers];
		double[] electricityBySector = new double[SECTORS];
		double[] heatBySector = new double[SECTORS];
		double tce = 0;
		double lhc = 0;
		for (int i = 0; i < rows; i++) {
			InventoryInput.Consumption row = consumption.get(i);
			int c = row.carrier().ordinal();
			int s = row.sector().ordinal();
			double mwh = row.mwh();
			if (c == ELECTRICITY) {
				electricityBySector[s] += mwh;
				tce += mwh;
			}
			else if (c == HEAT) {
				heatBySector[s] += mwh;
				lhc += mwh;
			}
			else if (mwh != 0) {
				double factor = factors[c];
				if (Double.isNaN(factor)) {
					throw new MissingEmissionFactor(row.carrier(), "consumption[" + i + "].carrier");
				}
				double tco2 = mwh * factor;
				bySector[s] += tco2;
				byCarrier[c] += tco2;
			}
		}

		double lpe = 0;
		double co2lpe = 0;
		double co2lph = 0;
		boolean plantHeat = false;
		List<InventoryInput.Plant> plants = input.localPlants();
		for (int i = 0; i < plants.size(); i++) {
			InventoryInput.Plant plant = plants.get(i);
			double co2 = (plant.tco2() != null) ? plant.tco2() : inputEmissions(plant, i, factors);
			double heatShare;
			if (plant.heatMwh() > 0 && plant.electricityMwh() > 0) {
				heatShare = chpHeatShare(plant.heatMwh(), plant.electricityMwh());
			}
			else {
				heatShare = (plant.heatMwh() > 0) ? 1 : 0;
			}
			double co2Heat = heatShare * co2;
			lpe += plant.electricityMwh();
			co2lpe += co2 - co2Heat;
			co2lph += co2Heat;
			plantHeat |= plant.heatMwh() > 0;
		}

		FactorsUsed.ElectricityFactor efe = electricityFactor(input, tce, lpe, co2lpe);
		FactorsUsed.HeatFactor efh = heatFactor(input, lhc, co2lph, plantHeat);
		factors[ELECTRICITY] = (efe.value() != null) ? efe.value() : Double.NaN;
		factors[HEAT] = (efh.value() != null) ? efh.value() : Double.NaN;

		double efeValue = (tce > 0) ? factors[ELECTRICITY] : 0;
		double efhValue = (lhc > 0) ? factors[HEAT] : 0;
		double energy = 0;
		for (int s = 0; s < SECTORS; s++) {
			double electricity = electricityBySector[s] * efeValue;
			double heat = heatBySector[s] * efhValue;
			bySector[s] += electricity + heat;
			byCarrier[ELECTRICITY] += electricity;
			byCarrier[HEAT] += heat;
			energy += bySector[s];
		}

		double[] byNonEnergy = new double[NON_ENERGY_SECTORS];
		double nonEnergy = 0;
		for (InventoryInput.NonEnergy row : input.nonEnergy()) {
			byNonEnergy[row.sector().ordinal()] += row.tco2();
			nonEnergy += row.tco2();
		}

		FactorsUsed used = new FactorsUsed(this.factorSet.name(), this.factorSet.approach(), this.factorSet.unit(),
				new CarrierFactors(factors), efe, efh);
		return new InventoryResult(input, used, factors, bySector, byCarrier, byNonEnergy, energy, nonEnergy);
	}

	private static double inputEmissions(InventoryInput.Plant plant, int index, double[] factors) {
		double co2 = 0;
		for (Map.Entry<Carrier, Double> in : plant.inputs().entrySet()) {
			if (in.getValue() == 0) {
				continue;
			}
			double factor = factors[in.getKey().ordinal()];
			if (Double.isNaN(factor)) {
				throw new MissingEmissionFactor(in.getKey(),
						"localElectricity[" + index + "].inputs." + in.getKey().name());
			}
			co2 += in.getValue() * factor;
		}
		return co2;
	}

	private FactorsUsed.ElectricityFactor electricityFactor(InventoryInput input, double tce, double lpe,
			double co2lpe) {
		double gep = (input.greenElectricity() != null) ? input.greenElectricity().mwh() : 0;
		double co2gep = (input.greenElectricity() != null) ? input.greenElectricity().tco2() : 0;
		boolean exporter = lpe + gep > tce;
		Double neefe = input.nationalElectricityFactor();
		boolean given = neefe != null;
		Integer year = null;
		boolean otherYear = false;
		if (!given) {
			FactorSet.NationalFactor national = this.factorSet.electricityFactor(input.country(), input.year());
			if (national != null) {
				neefe = national.factor();
				year = national.year();
				otherYear = national.otherYear();
			}
		}
		Double value;
		if (exporter) {
			value = (co2lpe + co2gep) / (lpe + gep);
		}
		else if (neefe == null) {
			if (tce > 0) {
				throw new MissingElectricityFactor(input.country());
			}
			value = null;
		}
		else if (lpe == 0 && gep == 0) {
			value = neefe;
		}
		else {
			value = ((tce - lpe - gep) * neefe + co2lpe + co2gep) / tce;
		}
		return new FactorsUsed.ElectricityFactor(value, tce, lpe, gep, co2lpe, co2gep, neefe, given, year, otherYear,
				exporter);
	}

	private static FactorsUsed.HeatFactor heatFactor(InventoryInput input, double lhc, double co2lph,
			boolean plantHeat) {
		InventoryInput.LocalHeat heat = input.localHeat();
		double produced = co2lph + ((heat != null) ? heat.producedTco2() : 0);
		double imported = (heat != null) ? heat.importedTco2() : 0;
		double exported = (heat != null) ? heat.exportedTco2() : 0;
		Double value;
		if (input.heatFactor() != null) {
			value = input.heatFactor();
		}
		else if ((heat != null || plantHeat) && lhc > 0) {
			value = (produced + imported - exported) / lhc;
		}
		else if (lhc > 0) {
			throw new MissingHeatData(lhc);
		}
		else {
			value = null;
		}
		return new FactorsUsed.HeatFactor(value, input.heatFactor() != null, lhc, produced, imported, exported);
	}

	/**
	 * The factors per carrier as a read-only map view over the engine's array, built only
	 * when read.
	 */
	private static final class CarrierFactors extends java.util.AbstractMap<Carrier, Double> {

		private final double[] factors;

		private Map<Carrier, Double> map;

		CarrierFactors(double[] factors) {
			this.factors = factors;
		}

		@Override
		public java.util.Set<Entry<Carrier, Double>> entrySet() {
			if (this.map == null) {
				Map<Carrier, Double> known = new EnumMap<>(Carrier.class);
				for (Carrier carrier : CARRIERS) {
					if (!Double.isNaN(this.factors[carrier.ordinal()])) {
						known.put(carrier, this.factors[carrier.ordinal()]);
					}
				}
				this.map = Collections.unmodifiableMap(known);
			}
			return this.map.entrySet();
		}

	}

}
