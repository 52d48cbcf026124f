package eu.mayorsinaction.inventory;

import java.util.List;

import eu.mayorsinaction.shared.InvalidInput;

/**
 * Returning an inventory without saying why (or a comment that is too long).
 */
public class InventoryReviewCommentRequired extends InvalidInput {

	InventoryReviewCommentRequired(String code, Object... arguments) {
		super(List.of(new FieldViolation("comment", code, arguments)));
	}

}
