package eu.mayorsinaction.actionplan;

import java.time.LocalDate;

/**
 * Something assigned to a person: an open milestone ({@code milestoneId} set) or an
 * action they are responsible for; {@code dueDate} is the milestone's due date or the
 * action's end date (may be null for an action).
 */
public record TaskView(String kind, long signatoryId, String signatoryName, long actionId, String actionTitle,
		Long milestoneId, String title, LocalDate dueDate, boolean overdue) {

}
