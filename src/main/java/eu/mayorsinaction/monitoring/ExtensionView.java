package eu.mayorsinaction.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored extension.
 *
 * @param onBehalf asked by a supporting organisation's staff for the signatory
 */
public record ExtensionView(long id, long signatoryId, long commitmentId, DeadlineKind kind, int number,
		LocalDate originalDate, LocalDate newDate, String reason, Long requestedByUserId, boolean onBehalf,
		Instant createdAt) {

}
