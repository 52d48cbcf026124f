package eu.mayorsinaction.inventory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.mail.MailManagement;
import eu.mayorsinaction.mail.MailMessage;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coordinator reviews of inventories: a member of an organisation that supports the
 * signatory (coordinator or supporter staff) or the platform admin marks an inventory
 * REVIEWED or RETURNED (with a comment); the municipality's own users may not (403).
 * Every action is kept and audited. An edit of a marked inventory clears the mark and
 * tells the reviewer by e-mail, in the reviewer's language.
 */
@Service
@Transactional
public class InventoryReviews {

	static final String OBJECT_TYPE = "INVENTORY_REVIEW";

	static final int COMMENT_LENGTH = 2000;

	private final InventoryReviewStore reviews;

	private final InventoryStore inventories;

	private final OrganisationManagement organisations;

	private final UserManagement users;

	private final MailManagement mail;

	private final ApplicationEventPublisher events;

	private final String baseUrl;

	private final Clock clock;

	InventoryReviews(InventoryReviewStore reviews, InventoryStore inventories, OrganisationManagement organisations,
			UserManagement users, MailManagement mail, ApplicationEventPublisher events,
			@Value("${mia.base-url:http://localhost:8080}") String baseUrl, Optional<Clock> clock) {
		this.reviews = reviews;
		this.inventories = inventories;
		this.organisations = organisations;
		this.users = users;
		this.mail = mail;
		this.events = events;
		this.baseUrl = baseUrl;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Whether the person may review the signatory's inventories: the platform admin, or a
	 * member of an organisation that supports it now who holds no role on the signatory
	 * itself (and is not viewing the platform as a signatory).
	 */
	@Transactional(readOnly = true)
	public boolean canReview(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		if (actor.platformAdmin()) {
			return true;
		}
		// The municipality's own users never review its inventories, whatever else they
		// are.
		if (actor.isViewingAs() || actor.memberOrganisationIds().isEmpty()
				|| actor.viewableSignatoryIds().contains(signatory.value())) {
			return false;
		}
		return this.organisations.supportersOf(actor, signatory)
			.stream()
			.filter(SupportView::active)
			.anyMatch((support) -> actor.memberOrganisationIds().contains(support.organisationId()));
	}

	/** The inventory's current mark (REVIEWED or RETURNED), if any. */
	@Transactional(readOnly = true)
	public Optional<InventoryReviewView> review(Actor actor, SignatoryId signatory, long inventoryId) {
		this.organisations.getSignatory(actor, signatory);
		existing(signatory, inventoryId);
		return this.reviews.latest(signatory.value(), inventoryId).filter(InventoryReviewView::marks);
	}

	/** Every review action on the inventory, the latest first. */
	@Transactional(readOnly = true)
	public List<InventoryReviewView> history(Actor actor, SignatoryId signatory, long inventoryId) {
		this.organisations.getSignatory(actor, signatory);
		existing(signatory, inventoryId);
		return this.reviews.history(signatory.value(), inventoryId);
	}

	/** The current marks of the signatory's inventories, by inventory id. */
	@Transactional(readOnly = true)
	public Map<Long, InventoryReviewView> marks(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		return this.reviews.marks(signatory.value());
	}

	/**
	 * Marks the inventory REVIEWED or RETURNED.
	 * @throws Forbidden if the person may see the signatory but not review it
	 * @throws InvalidInput if the decision is missing or CLEARED, or a return has no
	 * comment
	 */
	public InventoryReviewView decide(Actor actor, SignatoryId signatory, long inventoryId,
			InventoryReviewDecision decision, String comment) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		InventoryView inventory = existing(signatory, inventoryId);
		if (!canReview(actor, signatory)) {
			throw new Forbidden();
		}
		if (decision == null || decision == InventoryReviewDecision.CLEARED) {
			throw new InvalidInput("decision", "quality.review.decisionRequired");
		}
		String text = (comment != null && !comment.isBlank()) ? comment.strip() : null;
		if (decision == InventoryReviewDecision.RETURNED && text == null) {
			throw new InventoryReviewCommentRequired("quality.review.commentRequired");
		}
		if (text != null && text.length() > COMMENT_LENGTH) {
			throw new InventoryReviewCommentRequired("quality.review.commentTooLong", COMMENT_LENGTH);
		}
		Map<String, Object> before = values(this.reviews.latest(signatory.value(), inventoryId).orElse(null));
		this.reviews.insert(signatory.value(), inventoryId, decision, text, actor.userId(), this.clock.instant());
		InventoryReviewView after = this.reviews.latest(signatory.value(), inventoryId).orElseThrow();
		this.events.publishEvent(new Audited(actor, decision.name(), OBJECT_TYPE, inventoryId, label(inventory, view),
				signatory.value(), null, before, values(after), text));
		return after;
	}

	/**
	 * Called after every change of an inventory's data or figures (update, draft save,
	 * recompute, import over it): a REVIEWED or RETURNED mark is cleared (recorded as
	 * CLEARED) and its reviewer told by e-mail once the change commits.
	 */
	void inventoryChanged(Actor actor, SignatoryId signatory, long inventoryId) {
		InventoryReviewView mark = this.reviews.latest(signatory.value(), inventoryId)
			.filter(InventoryReviewView::marks)
			.orElse(null);
		if (mark == null) {
			return;
		}
		this.reviews.insert(signatory.value(), inventoryId, InventoryReviewDecision.CLEARED, null,
				mark.reviewerUserId(), this.clock.instant());
		InventoryView inventory = existing(signatory, inventoryId);
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		String label = label(inventory, view);
		this.events.publishEvent(new Audited(actor, InventoryReviewDecision.CLEARED.name(), OBJECT_TYPE, inventoryId,
				label, signatory.value(), null, values(mark), Map.of("decision", "CLEARED"), null));
		if (mark.reviewerUserId() == null) {
			return;
		}
		Actor reviewer = this.users.currentActor(mark.reviewerUserId());
		if (!reviewer.isAuthenticated()) {
			return;
		}
		UserView person = this.users.me(reviewer);
		this.mail.sendAfterCommit(new MailMessage(person.email(), person.preferredLanguage(), "inventoryReviewCleared",
				List.of(person.displayName(), label,
						this.baseUrl + "/app/signatories/" + signatory.value() + "/inventories/" + inventoryId)));
	}

	private InventoryView existing(SignatoryId signatory, long inventoryId) {
		return this.inventories.find(signatory.value(), inventoryId)
			.orElseThrow(() -> new InventoryNotFound(inventoryId));
	}

	private static String label(InventoryView inventory, SignatoryView signatory) {
		return inventory.summary().type() + " " + inventory.summary().year() + " " + signatory.name();
	}

	private static Map<String, Object> values(InventoryReviewView review) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (review != null) {
			values.put("decision", review.decision().name());
			if (review.comment() != null) {
				values.put("comment", review.comment());
			}
		}
		return values;
	}

}
