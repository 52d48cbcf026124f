package eu.mayorsinaction.actionplan;

import java.time.LocalDate;

/**
 * What is entered about a milestone; {@code doneDate} defaults to today when it is marked
 * done.
 */
public record MilestoneData(String title, LocalDate dueDate, Long responsibleUserId, String responsibleName,
		Boolean done, LocalDate doneDate) {

}
