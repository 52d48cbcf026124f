package eu.mayorsinaction.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One submitted edition of a plan with its frozen content.
 *
 * @param submittedOn the date of the submission to the Covenant, as entered
 * @param submittedAt when it was recorded here
 * @param submittedBy the name of the person at the time (may be null)
 */
public record PlanVersionView(long id, long planId, long signatoryId, int edition, LocalDate submittedOn,
		Instant submittedAt, Long submittedByUserId, String submittedBy, PlanSnapshot content) {

}
