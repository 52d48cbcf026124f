package eu.mayorsinaction.inventory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The review actions on inventories in SQL; every query names the signatory.
 */
@Repository
class InventoryReviewStore {

	private static final String COLUMNS = "id, inventory_id, decision, review_comment, reviewer_user_id, created_at";

	private final JdbcClient jdbc;

	InventoryReviewStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long signatoryId, long inventoryId, InventoryReviewDecision decision, String comment,
			Long reviewerUserId, Instant at) {
		this.jdbc.sql("insert into inventory_review (inventory_id, signatory_id, decision, review_comment, "
				+ "reviewer_user_id, created_at) values (:inventory, :signatory, :decision, :comment, :reviewer, :at)")
			.param("inventory", inventoryId)
			.param("signatory", signatoryId)
			.param("decision", decision.name())
			.param("comment", comment)
			.param("reviewer", reviewerUserId)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The latest action on the inventory, if any. */
	Optional<InventoryReviewView> latest(long signatoryId, long inventoryId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inventory_review where signatory_id = :signatory "
					+ "and inventory_id = :inventory order by id desc")
			.param("signatory", signatoryId)
			.param("inventory", inventoryId)
			.query((rs, row) -> view(rs))
			.stream()
			.findFirst();
	}

	/** All actions on the inventory, the latest first. */
	List<InventoryReviewView> history(long signatoryId, long inventoryId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inventory_review where signatory_id = :signatory "
					+ "and inventory_id = :inventory order by id desc")
			.param("signatory", signatoryId)
			.param("inventory", inventoryId)
			.query((rs, row) -> view(rs))
			.list();
	}

	/** The current mark (latest action, if it is not a clearing) per inventory. */
	Map<Long, InventoryReviewView> marks(long signatoryId) {
		Map<Long, InventoryReviewView> latest = new HashMap<>();
		this.jdbc.sql("select " + COLUMNS + " from inventory_review where signatory_id = :signatory order by id")
			.param("signatory", signatoryId)
			.query((rs, row) -> view(rs))
			.list()
			.forEach((review) -> latest.put(review.inventoryId(), review));
		latest.values().removeIf((review) -> !review.marks());
		return latest;
	}

	private static InventoryReviewView view(ResultSet rs) throws SQLException {
		return new InventoryReviewView(rs.getLong(1), rs.getLong(2), InventoryReviewDecision.valueOf(rs.getString(3)),
				rs.getString(4), (Long) rs.getObject(5, Long.class), rs.getTimestamp(6).toInstant());
	}

}
