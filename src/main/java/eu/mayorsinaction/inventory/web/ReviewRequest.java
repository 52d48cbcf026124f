package eu.mayorsinaction.inventory.web;

import eu.mayorsinaction.inventory.InventoryReviewDecision;
import io.swagger.v3.oas.annotations.media.Schema;

@Schema(description = "A coordinator's review decision")
record ReviewRequest(@Schema(description = "REVIEWED or RETURNED") InventoryReviewDecision decision,
		@Schema(description = "required when returning", maxLength = 2000) String comment) {
}
