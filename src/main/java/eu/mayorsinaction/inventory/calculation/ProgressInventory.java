package eu.mayorsinaction.inventory.calculation;

import eu.mayorsinaction.inventory.InventoryType;

/**
 * One of the signatory's inventories as the progress comparison sees it.
 *
 * @param id the stored inventory's id
 * @param figures its computed figures, or {@code null} when it has no result (a draft
 * that cannot be computed yet)
 * @param problem the message code saying why there is no result, else {@code null}
 */
public record ProgressInventory(long id, InventoryType type, int year, ProgressFigures figures, String problem) {

	public boolean computed() {
		return this.figures != null;
	}

}
