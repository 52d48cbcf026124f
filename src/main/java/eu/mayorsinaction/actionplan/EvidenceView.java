package eu.mayorsinaction.actionplan;

import java.time.Instant;

/** An evidence file of an action (without its content). */
public record EvidenceView(long id, long actionId, String fileName, String contentType, long sizeBytes, Long uploadedBy,
		String uploadedByName, Instant uploadedAt) {

}
