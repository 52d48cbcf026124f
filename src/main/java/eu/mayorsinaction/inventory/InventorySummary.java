package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * A stored inventory in a list: what it is and the figures of its last computation (t,
 * t/MWh; {@code null} while a draft).
 *
 * @param factorSetName the name of the factor set it keeps
 * @param factorSetId the factor set it keeps (see {@link FactorSetManagement})
 * @param population the population in the inventory year, or {@code null}
 */
public record InventorySummary(long id, long signatoryId, InventoryType type, int year, InventoryStatus status,
		String factorSetName, Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor,
		Double heatFactor, int version, Instant createdAt, Instant updatedAt, Long factorSetId, Integer population) {

	/** Total emissions per inhabitant [t], when computed and the population is known. */
	public Double perCapita() {
		return (this.totalTco2 != null && this.population != null && this.population > 0)
				? this.totalTco2 / this.population : null;
	}

}
