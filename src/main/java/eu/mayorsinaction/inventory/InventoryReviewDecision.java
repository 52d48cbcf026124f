package eu.mayorsinaction.inventory;

/**
 * A coordinator's decision on an inventory; {@code CLEARED} is recorded when an edit
 * removes the mark.
 */
public enum InventoryReviewDecision {

	REVIEWED, RETURNED, CLEARED

}
