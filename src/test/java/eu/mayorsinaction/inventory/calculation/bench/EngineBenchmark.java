package eu.mayorsinaction.inventory.calculation.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.EmissionEngine;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Throughput of the engine on a full inventory: every cell of the 8 × 15 grid of Table A
 * filled, a CHP plant computed from its fuel inputs, photovoltaics, green electricity,
 * local heat and the three non-energy rows. Goal: at least 1,000,000 inventories per
 * second on one core. Run with {@code bench/engine.sh}; not a test, surefire never runs
 * it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {

	private EmissionEngine engine;

	private InventoryInput full;

	@Setup
	public void setUp() {
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
		Map<Integer, Double> italy = new TreeMap<>(
				Map.of(2008, 0.464, 2009, 0.413, 2010, 0.407, 2011, 0.405, 2012, 0.391, 2013, 0.344));
		this.engine = new EmissionEngine(new FactorSet("bench", "IPCC 2006 + JRC 2017", Approach.IPCC, EmissionUnit.CO2,
				fuels, Map.of("IT", italy)));
		List<InventoryInput.Consumption> grid = new ArrayList<>();
		int n = 0;
		for (Sector sector : Sector.values()) {
			if (!sector.core()) {
				continue;
			}
			for (Carrier carrier : Carrier.values()) {
				grid.add(new InventoryInput.Consumption(sector, carrier, 100 + 37 * n++));
			}
		}
		List<InventoryInput.Plant> plants = List.of(
				new InventoryInput.Plant(PlantType.CHP, 3500, 5000, null,
						Map.of(Carrier.NATURAL_GAS, 10000.0, Carrier.OTHER_BIOMASS, 2000.0)),
				InventoryInput.Plant.electricity(PlantType.PHOTOVOLTAIC, 1000, 0));
		List<InventoryInput.NonEnergy> nonEnergy = List.of(new InventoryInput.NonEnergy(NonEnergySector.WASTE, 1200),
				new InventoryInput.NonEnergy(NonEnergySector.WASTEWATER, 300),
				new InventoryInput.NonEnergy(NonEnergySector.OTHER_NON_ENERGY, 50));
		this.full = new InventoryInput(2015, Approach.IPCC, EmissionUnit.CO2, 85000.0, "IT", null, null,
				Map.of(Carrier.OTHER_FOSSIL, 0.279), grid, new InventoryInput.GreenElectricity(500, 0), plants,
				new InventoryInput.LocalHeat(300, 100, 50), nonEnergy);
	}

	/** One full inventory computed: grid, EFE, EFH, CHP split, totals. */
	@Benchmark
	public InventoryResult fullInventory() {
		return this.engine.calculate(this.full);
	}

	/**
	 * The same, read out as the API does: totals by sector, group and carrier, per
	 * capita.
	 */
	@Benchmark
	public double fullInventoryWithTotals() {
		InventoryResult result = this.engine.calculate(this.full);
		return result.bySector().size() + result.byGroup().size() + result.byCarrier().size() + result.total()
				+ result.perCapita();
	}

	public static void main(String[] args) throws RunnerException, java.io.IOException {
		org.openjdk.jmh.Main.main((args.length > 0) ? args
				: new String[] { EngineBenchmark.class.getSimpleName(), "-wi", "2", "-i", "3", "-f", "1", "-t", "1" });
	}

}
