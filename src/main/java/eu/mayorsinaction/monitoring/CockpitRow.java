package eu.mayorsinaction.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.SignatoryStatus;

/**
 * One signatory in the coordinator's cockpit.
 *
 * @param nextKind the next deadline to act on, {@code null} if none
 * @param daysLeft days until it (negative: overdue)
 * @param completeness share of the data checks met [0–100 %]
 * @param missing the data checks not met (codes: {@code population}, {@code commitment},
 * {@code bei}, {@code plan}, {@code actions})
 * @param lastActivity the latest change to its inventories, plans, actions or reports
 * @param awaitingReview its reports submitted to the coordinator and not decided yet
 */
public record CockpitRow(long signatoryId, String name, String country, SignatoryStatus status, Framework framework,
		CycleStage stage, DeadlineKind nextKind, LocalDate nextDue, Long daysLeft, RiskLevel risk, int completeness,
		List<String> missing, Instant lastActivity, int awaitingReview) {

	public CockpitRow {
		missing = List.copyOf(missing);
	}

}
