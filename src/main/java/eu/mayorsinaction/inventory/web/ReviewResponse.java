package eu.mayorsinaction.inventory.web;

import java.time.Instant;

import eu.mayorsinaction.inventory.InventoryReviewDecision;
import eu.mayorsinaction.inventory.InventoryReviewView;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "An inventory's review mark or one action of its history")
record ReviewResponse(@Schema(
		description = "REVIEWED, RETURNED, or CLEARED (an edit removed the mark)") InventoryReviewDecision decision,
		String comment, Instant at) {

	static ReviewResponse of(InventoryReviewView view) {
		return (view != null) ? new ReviewResponse(view.decision(), view.comment(), view.at()) : null;
	}

}
