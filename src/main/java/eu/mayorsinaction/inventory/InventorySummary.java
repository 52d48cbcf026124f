package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * A stored inventory in a list: what it is and the figures of its last computation (t,
 * t/MWh; {@code null} while a draft).
 *
 * @param factorSetName the name of the factor set it keeps
 * @param factorSetId the factor set it keeps (see {@link FactorSetManagement})
 */
public record InventorySummary(long id, long signatoryId, InventoryType type, int year, InventoryStatus status,
		String factorSetName, Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor,
		Double heatFactor, int version, Instant createdAt, Instant updatedAt, Long factorSetId) {

	/** A summary that does not say which factor set (as before sets were stored). */
	public InventorySummary(long id, long signatoryId, InventoryType type, int year, InventoryStatus status,
			String factorSetName, Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor,
			Double heatFactor, int version, Instant createdAt, Instant updatedAt) {
		this(id, signatoryId, type, year, status, factorSetName, totalTco2, energyTco2, nonEnergyTco2,
				electricityFactor, heatFactor, version, createdAt, updatedAt, null);
	}

}
