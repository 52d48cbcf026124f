package eu.mayorsinaction.actionplan;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submitted edition in a list. The totals are those of the actions not cancelled:
 * energy savings and renewable production [MWh/a], estimated cost [EUR], and the expected
 * reduction [t CO2/a] of the frozen target figures ({@code null} when they could not be
 * computed).
 */
public record PlanVersionSummary(int edition, LocalDate submittedOn, Instant submittedAt, String submittedBy,
		int actionCount, double savingsMwh, double renewableMwh, double estimatedCostEur, Double expectedReduction) {

}
