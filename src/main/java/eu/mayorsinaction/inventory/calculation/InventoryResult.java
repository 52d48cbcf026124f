package eu.mayorsinaction.inventory.calculation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.Sector.SectorGroup;

/**
 * A computed inventory: emissions per Table A row, totals by sector, sector group,
 * carrier and non-energy sector, and the factors used. Immutable; values in t, unrounded
 * {@code double}s (round for display only).
 */
public final class InventoryResult {

	private static final Sector[] SECTORS = Sector.values();

	private static final Carrier[] CARRIERS = Carrier.values();

	private static final SectorGroup[] GROUPS = SectorGroup.values();

	private static final NonEnergySector[] NON_ENERGY_SECTORS = NonEnergySector.values();

	private final InventoryInput input;

	private final FactorsUsed factors;

	private final double[] carrierFactors;

	private final double[] bySector;

	private final double[] byCarrier;

	private final double[] byNonEnergy;

	private final double energy;

	private final double nonEnergy;

	InventoryResult(InventoryInput input, FactorsUsed factors, double[] carrierFactors, double[] bySector,
			double[] byCarrier, double[] byNonEnergy, double energy, double nonEnergy) {
		this.input = input;
		this.factors = factors;
		this.carrierFactors = carrierFactors;
		this.bySector = bySector;
		this.byCarrier = byCarrier;
		this.byNonEnergy = byNonEnergy;
		this.energy = energy;
		this.nonEnergy = nonEnergy;
	}

	public InventoryInput input() {
		return this.input;
	}

	public FactorsUsed factors() {
		return this.factors;
	}

	/** EFE, the local electricity factor [t/MWh], or {@code null}. */
	public Double electricityFactor() {
		return this.factors.electricity().value();
	}

	/** The heat factor used [t/MWh], or {@code null}. */
	public Double heatFactor() {
		return this.factors.heat().value();
	}

	/** One emission per row of Table A, in the order of the input. */
	public List<Emission> emissions() {
		List<Emission> emissions = new ArrayList<>(this.input.consumption().size());
		for (InventoryInput.Consumption row : this.input.consumption()) {
			double factor = (row.mwh() == 0) ? 0 : this.carrierFactors[row.carrier().ordinal()];
			emissions.add(new Emission(row.sector(), row.carrier(), row.mwh(), factor, row.mwh() * factor));
		}
		return Collections.unmodifiableList(emissions);
	}

	public double sector(Sector sector) {
		return this.bySector[sector.ordinal()];
	}

	/** The sub-totals of the template: buildings (M28), transport (M48), other. */
	public double group(SectorGroup group) {
		double total = 0;
		for (Sector sector : SECTORS) {
			if (sector.group() == group) {
				total += this.bySector[sector.ordinal()];
			}
		}
		return total;
	}

	public double carrier(Carrier carrier) {
		return this.byCarrier[carrier.ordinal()];
	}

	public double nonEnergy(NonEnergySector sector) {
		return this.byNonEnergy[sector.ordinal()];
	}

	/** Every sector with its total (zero where nothing is consumed). */
	public Map<Sector, Double> bySector() {
		Map<Sector, Double> totals = new EnumMap<>(Sector.class);
		for (Sector sector : SECTORS) {
			totals.put(sector, this.bySector[sector.ordinal()]);
		}
		return Collections.unmodifiableMap(totals);
	}

	public Map<SectorGroup, Double> byGroup() {
		Map<SectorGroup, Double> totals = new EnumMap<>(SectorGroup.class);
		for (SectorGroup group : GROUPS) {
			totals.put(group, group(group));
		}
		return Collections.unmodifiableMap(totals);
	}

	public Map<Carrier, Double> byCarrier() {
		Map<Carrier, Double> totals = new EnumMap<>(Carrier.class);
		for (Carrier carrier : CARRIERS) {
			totals.put(carrier, this.byCarrier[carrier.ordinal()]);
		}
		return Collections.unmodifiableMap(totals);
	}

	public Map<NonEnergySector, Double> byNonEnergySector() {
		Map<NonEnergySector, Double> totals = new EnumMap<>(NonEnergySector.class);
		for (NonEnergySector sector : NON_ENERGY_SECTORS) {
			totals.put(sector, this.byNonEnergy[sector.ordinal()]);
		}
		return Collections.unmodifiableMap(totals);
	}

	/** Emissions from energy consumption (Table A × factors) [t]. */
	public double energy() {
		return this.energy;
	}

	/** Non-energy emissions: waste, wastewater, other [t]. */
	public double nonEnergy() {
		return this.nonEnergy;
	}

	/** Energy plus non-energy emissions [t]. */
	public double total() {
		return this.energy + this.nonEnergy;
	}

	/**
	 * Total per inhabitant [t], or {@code null} without a population above zero.
	 */
	public Double perCapita() {
		Double population = this.input.population();
		return (population != null && population > 0) ? total() / population : null;
	}

	/**
	 * Total per inhabitant [t], for a per-capita commitment.
	 * @throws MissingPopulation without a population above zero
	 */
	public double requirePerCapita() {
		Double perCapita = perCapita();
		if (perCapita == null) {
			throw new MissingPopulation();
		}
		return perCapita;
	}

	/** The emissions of one row of Table A: MWh × factor. */
	public record Emission(Sector sector, Carrier carrier, double mwh, double factor, double tco2) {
	}

}
