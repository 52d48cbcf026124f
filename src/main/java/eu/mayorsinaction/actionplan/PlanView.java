package eu.mayorsinaction.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/** A stored plan. */
public record PlanView(long id, long signatoryId, PlanKind kind, String title, Long commitmentId,
		LocalDate approvalDate, String approvingBody, Long beiInventoryId, PlanStatus status, int version,
		Instant createdAt, Instant updatedAt) {

}
