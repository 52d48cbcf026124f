package eu.mayorsinaction.inventory;

/**
 * Whether a stored inventory has been computed with its factor set.
 */
public enum InventoryStatus {

	DRAFT, COMPUTED

}
