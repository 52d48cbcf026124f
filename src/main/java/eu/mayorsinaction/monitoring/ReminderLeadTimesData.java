package eu.mayorsinaction.monitoring;

import java.util.List;

/**
 * New reminder lead times of an organisation: 1 to 5 distinct values of 0 to 365 days.
 */
public record ReminderLeadTimesData(List<Integer> days) {

	static final int MAX_VALUES = 5;

	static final int MAX_DAYS = 365;

}
