package eu.mayorsinaction.inventory.web;

import java.util.List;

import eu.mayorsinaction.inventory.InventoryReviews;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/signatories/{id}/inventories/{inventoryId}/review")
@Tag(name = "Inventories")
class ReviewApi {

	private final InventoryReviews reviews;

	ReviewApi(InventoryReviews reviews) {
		this.reviews = reviews;
	}

	@PostMapping
	@Operation(summary = "Mark an inventory REVIEWED or RETURNED (with a comment)",
			description = "For the platform admin and members of an organisation that supports the signatory; the "
					+ "municipality's own users answer 403. RETURNED without a comment answers 400 naming comment. "
					+ "Any later edit of the inventory (update, draft save, recompute) clears the mark and mails the "
					+ "reviewer.")
	ReviewResponse review(Actor actor, @PathVariable long id, @PathVariable long inventoryId,
			@RequestBody ReviewRequest request) {
		return ReviewResponse
			.of(this.reviews.decide(actor, new SignatoryId(id), inventoryId, request.decision(), request.comment()));
	}

	@GetMapping
	@Operation(summary = "The inventory's current review mark (empty when none)")
	ReviewResponse current(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		return ReviewResponse.of(this.reviews.review(actor, new SignatoryId(id), inventoryId).orElse(null));
	}

	@GetMapping("/history")
	@Operation(summary = "Every review action on the inventory, the latest first")
	List<ReviewResponse> history(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		return this.reviews.history(actor, new SignatoryId(id), inventoryId).stream().map(ReviewResponse::of).toList();
	}

}
