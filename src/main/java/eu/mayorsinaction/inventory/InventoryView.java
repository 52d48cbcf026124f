package eu.mayorsinaction.inventory;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.shared.BusinessException;

/**
 * A stored inventory in full: its summary, what was entered (with the country used), the
 * factor set it is computed with and the computation — or, for a draft that cannot be
 * computed yet, why not.
 *
 * @param result the computation, {@code null} when {@code problem} says why there is none
 * @param problem the engine's named failure (missing factor, missing heat data, …) of a
 * draft, else {@code null}
 */
public record InventoryView(InventorySummary summary, String country, InventoryData data, FactorSet factorSet,
		InventoryResult result, BusinessException problem) {

	public boolean computed() {
		return this.result != null;
	}

}
