package eu.mayorsinaction.actionplan;

import java.time.Instant;

/** A comment on an action. */
public record CommentView(long id, long actionId, Long authorUserId, String authorName, String text,
		Instant createdAt) {

}
