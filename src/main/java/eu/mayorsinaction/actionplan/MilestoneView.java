package eu.mayorsinaction.actionplan;

import java.time.LocalDate;

/**
 * A milestone or task of an action, due on a date; the responsible person is a platform
 * user ({@code responsibleUserName} is their name) or a name typed in.
 */
public record MilestoneView(long id, long actionId, String title, LocalDate dueDate, Long responsibleUserId,
		String responsibleUserName, String responsibleName, boolean done, LocalDate doneDate) {

	/** Open and due before the given day. */
	public boolean overdue(LocalDate today) {
		return !this.done && this.dueDate.isBefore(today);
	}

}
