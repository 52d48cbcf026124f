package eu.mayorsinaction.inventory;

import java.util.Map;

/**
 * The figures of a stored inventory that other modules measure against (the action plan's
 * target): total [t CO2], population, and the factor used per carrier [t/MWh]
 * (electricity: the local EFE, heat: EFH). {@code computed} is false for a draft: then
 * total and factors are empty.
 */
public record InventoryBaseline(long id, InventoryType type, int year, boolean computed, Double totalTco2,
		Double population, Map<Carrier, Double> factors) {

	public InventoryBaseline {
		factors = (factors == null) ? Map.of() : Map.copyOf(factors);
	}

}
