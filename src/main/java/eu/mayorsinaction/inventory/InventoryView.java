package eu.mayorsinaction.inventory;

import eu.mayorsinaction.inventory.calculation.InventoryResult;

/**
 * A stored inventory in full: its summary, what was entered (with the country used) and
 * the computation with its factor set.
 */
public record InventoryView(InventorySummary summary, String country, InventoryData data, InventoryResult result) {

}
