package eu.mayorsinaction.inventory.calculation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.Sector;

/**
 * What a progress comparison needs of a computed inventory: its emissions [t] in total,
 * by sector and by carrier, the non-energy part, the population and how it was counted.
 *
 * @param total energy plus non-energy emissions [t]
 * @param nonEnergy waste, wastewater and other non-energy emissions [t]
 * @param bySector energy emissions per sector [t] (missing sectors count zero)
 * @param byCarrier energy emissions per carrier [t] (missing carriers count zero)
 * @param population inhabitants in the inventory year, or {@code null}
 */
public record ProgressFigures(double total, double nonEnergy, Map<Sector, Double> bySector,
		Map<Carrier, Double> byCarrier, Double population, Approach approach, EmissionUnit unit) {

	public ProgressFigures {
		bySector = copy(bySector, Sector.class);
		byCarrier = copy(byCarrier, Carrier.class);
		if (population != null && population <= 0) {
			population = null;
		}
	}

	/** The figures of a computed inventory. */
	public static ProgressFigures of(InventoryResult result) {
		return new ProgressFigures(result.total(), result.nonEnergy(), result.bySector(), result.byCarrier(),
				result.input().population(), result.input().approach(), result.input().unit());
	}

	/** Emissions from energy consumption [t]. */
	public double energy() {
		return this.total - this.nonEnergy;
	}

	public double sector(Sector sector) {
		return this.bySector.getOrDefault(sector, 0.0);
	}

	public double carrier(Carrier carrier) {
		return this.byCarrier.getOrDefault(carrier, 0.0);
	}

	/** Total per inhabitant [t], or {@code null} without a population. */
	public Double perCapita() {
		return (this.population != null) ? this.total / this.population : null;
	}

	private static <K extends Enum<K>> Map<K, Double> copy(Map<K, Double> values, Class<K> type) {
		Map<K, Double> copy = new EnumMap<>(type);
		if (values != null) {
			values.forEach((key, value) -> {
				if (value != null) {
					copy.put(key, value);
				}
			});
		}
		return Collections.unmodifiableMap(copy);
	}

}
