package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * A stored inventory in a list: what it is and the figures of its last computation (t,
 * t/MWh; {@code null} while a draft).
 */
public record InventorySummary(long id, long signatoryId, InventoryType type, int year, InventoryStatus status,
		String factorSetName, Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor,
		Double heatFactor, int version, Instant createdAt, Instant updatedAt) {

}
