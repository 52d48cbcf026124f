package eu.mayorsinaction.inventory;

/**
 * Baseline Emission Inventory or Monitoring Emission Inventory.
 */
public enum InventoryType {

	BEI, MEI

}
