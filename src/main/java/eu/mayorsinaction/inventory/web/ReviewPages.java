package eu.mayorsinaction.inventory.web;

import java.util.Locale;

import eu.mayorsinaction.inventory.InventoryReviewDecision;
import eu.mayorsinaction.inventory.InventoryReviews;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review form of the inventory page: marks the inventory and goes back to it.
 */
@Controller
class ReviewPages {

	private final InventoryReviews reviews;

	private final MessageSource messages;

	ReviewPages(InventoryReviews reviews, MessageSource messages) {
		this.reviews = reviews;
		this.messages = messages;
	}

	@PostMapping("/app/signatories/{id}/inventories/{inventoryId:\\d+}/review")
	String review(Actor actor, @PathVariable long id, @PathVariable long inventoryId,
			@RequestParam(required = false) String decision, @RequestParam(required = false) String comment,
			RedirectAttributes redirect) {
		Locale locale = LocaleContextHolder.getLocale();
		InventoryReviewDecision chosen = parse(decision);
		try {
			this.reviews.decide(actor, new SignatoryId(id), inventoryId, chosen, comment);
			redirect.addFlashAttribute("flashSuccess",
					this.messages.getMessage("quality.review.saved." + chosen.name(), null, locale));
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldViolation violation = ex.violations().get(0);
			redirect.addFlashAttribute("reviewError",
					this.messages.getMessage(violation.code(), violation.arguments(), locale));
			redirect.addFlashAttribute("reviewComment", comment);
		}
		return "redirect:/app/signatories/" + id + "/inventories/" + inventoryId + "#review";
	}

	private static InventoryReviewDecision parse(String decision) {
		try {
			return (decision != null) ? InventoryReviewDecision.valueOf(decision) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
