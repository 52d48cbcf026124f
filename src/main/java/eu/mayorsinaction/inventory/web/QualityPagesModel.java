package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.inventory.InventoryQuality;
import eu.mayorsinaction.inventory.InventoryQualityView;
import eu.mayorsinaction.inventory.InventoryReviewView;
import eu.mayorsinaction.inventory.InventoryReviews;
import eu.mayorsinaction.inventory.calculation.QualityFinding;
import eu.mayorsinaction.inventory.calculation.QualitySeverity;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.LocaleNumbers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the inventory pages show of data quality and review: the findings with their
 * explanations and peer figures, the review mark, its history and whether the person may
 * review.
 */
@Component
class QualityPagesModel {

	private final InventoryQuality quality;

	private final InventoryReviews reviews;

	private final MessageSource messages;

	QualityPagesModel(InventoryQuality quality, InventoryReviews reviews, MessageSource messages) {
		this.quality = quality;
		this.reviews = reviews;
		this.messages = messages;
	}

	/** A finding as shown: severity, explanation and the peer figures used. */
	record Shown(QualitySeverity severity, String code, String message, String median, String mad, String z,
			Integer peerCount) {
	}

	/** The review attributes of the inventory page and the quality findings. */
	void detail(Actor actor, SignatoryId signatory, long inventoryId, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		LocaleNumbers numbers = new LocaleNumbers(locale);
		InventoryQualityView view = this.quality.quality(actor, signatory, inventoryId);
		List<Shown> findings = view.findings()
			.stream()
			.sorted(java.util.Comparator.comparing(QualityFinding::severity))
			.map((f) -> new Shown(f.severity(), f.code(), QualityMessages.explain(f, this.messages, locale),
					numbers.format(f.median(), 3), numbers.format(f.mad(), 3), numbers.format(f.z(), 2), f.peerCount()))
			.toList();
		model.addAttribute("quality", view);
		model.addAttribute("qualityFindings", findings);
		model.addAttribute("review", this.reviews.review(actor, signatory, inventoryId).orElse(null));
		model.addAttribute("reviewHistory", this.reviews.history(actor, signatory, inventoryId));
		model.addAttribute("canReview", this.reviews.canReview(actor, signatory));
	}

	/** The review marks of the signatory's inventories, for the list's badges. */
	void list(Actor actor, SignatoryId signatory, Model model) {
		Map<Long, InventoryReviewView> marks = this.reviews.marks(actor, signatory);
		model.addAttribute("reviewMarks", marks);
	}

}
