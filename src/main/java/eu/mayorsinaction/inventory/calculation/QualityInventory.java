package eu.mayorsinaction.inventory.calculation;

import java.util.EnumMap;
import java.util.Map;

import eu.mayorsinaction.inventory.Sector;

/**
 * What the quality checks need of one inventory: its year, population and final energy
 * consumption per sector (MWh).
 *
 * @param year the inventory year
 * @param population inhabitants, or {@code null} when not recorded
 * @param mwhBySector MWh per sector (sectors without consumption may be absent)
 * @param electricityMwh the electricity consumed over all sectors (MWh)
 * @param electricityFactorKnown whether a national/local electricity factor is available
 * (given, or in the factor set for the country and year)
 */
public record QualityInventory(int year, Integer population, Map<Sector, Double> mwhBySector, double electricityMwh,
		boolean electricityFactorKnown) {

	public QualityInventory {
		Map<Sector, Double> copy = new EnumMap<>(Sector.class);
		if (mwhBySector != null) {
			copy.putAll(mwhBySector);
		}
		mwhBySector = Map.copyOf(copy);
	}

	public double mwh(Sector sector) {
		return this.mwhBySector.getOrDefault(sector, 0.0);
	}

	/** MWh per inhabitant in the sector, or {@code null} without a population. */
	public Double perCapita(Sector sector) {
		return (this.population != null && this.population > 0) ? mwh(sector) / this.population : null;
	}

}
