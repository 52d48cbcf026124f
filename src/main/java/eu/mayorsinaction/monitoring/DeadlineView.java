package eu.mayorsinaction.monitoring;

import java.time.LocalDate;

import eu.mayorsinaction.organisation.Framework;

/**
 * One deadline of a signatory's schedule.
 *
 * @param commitmentId the commitment whose cycle it belongs to
 * @param number 1 = the first of its kind in that cycle
 * @param originalDate as the Covenant's rules give it
 * @param dueDate the date in force (an extension's, else the original)
 * @param metOn the submission that met it, or {@code null}
 * @param daysLeft days from today to the due date (negative: overdue)
 * @param extended the date in force is an extension's
 */
public record DeadlineView(long commitmentId, Framework framework, DeadlineKind kind, int number,
		LocalDate originalDate, LocalDate dueDate, LocalDate metOn, DeadlineState state, long daysLeft,
		boolean extended) {

	/** May still be extended: not met yet. */
	public boolean open() {
		return this.state == DeadlineState.OPEN || this.state == DeadlineState.MISSED;
	}

}
