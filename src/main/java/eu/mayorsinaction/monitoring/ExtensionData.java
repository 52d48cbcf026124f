package eu.mayorsinaction.monitoring;

import java.time.LocalDate;

/**
 * An extension asked for: the deadline (commitment, kind, number) and its new date.
 */
public record ExtensionData(Long commitmentId, DeadlineKind kind, Integer number, LocalDate newDate, String reason) {

	static final int REASON_MAX = 1000;

}
