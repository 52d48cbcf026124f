package eu.mayorsinaction.monitoring;

import java.util.List;

/**
 * An organisation's reminder lead times: days before a deadline on which its people and
 * the signatories' editors get a reminder (overdue reminders are always sent the day
 * after a missed deadline).
 *
 * @param days in descending order
 * @param defaults the organisation has set none: the platform's defaults apply
 * @param canEdit the person may change them (the organisation's admins)
 */
public record ReminderLeadTimesView(long organisationId, List<Integer> days, boolean defaults, boolean canEdit) {

	public ReminderLeadTimesView {
		days = List.copyOf(days);
	}

}
