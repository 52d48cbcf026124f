package eu.mayorsinaction.monitoring;

import java.time.LocalDate;

/**
 * The outcome of one reminder run.
 *
 * @param ran this call ran the period (false: another call or node had claimed it)
 * @param reminders the reminders recorded (one per person and deadline)
 * @param mails the digests sent (one per person with at least one new reminder)
 */
public record ReminderRun(LocalDate day, boolean ran, int reminders, int mails) {

}
