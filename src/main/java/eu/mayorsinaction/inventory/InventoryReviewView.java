package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * One review action on an inventory.
 *
 * @param decision REVIEWED, RETURNED, or CLEARED (an edit removed the mark)
 * @param comment the reviewer's comment (required when returning), {@code null} for a
 * clearing
 * @param reviewerUserId the account that acted (for CLEARED: whose mark was cleared)
 * @param at when
 */
public record InventoryReviewView(long id, long inventoryId, InventoryReviewDecision decision, String comment,
		Long reviewerUserId, Instant at) {

	/** Whether this (latest) action leaves a mark on the inventory. */
	public boolean marks() {
		return this.decision != InventoryReviewDecision.CLEARED;
	}

}
