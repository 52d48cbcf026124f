package eu.mayorsinaction.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored report; {@code actions} is the frozen list of the plan's actions from its
 * submission to the coordinator on (empty for a draft).
 */
public record ReportView(long id, long signatoryId, Long commitmentId, Long planId, ReportType type,
		Long meiInventoryId, String title, ReportStatus status, String coordinatorComment,
		LocalDate covenantSubmissionDate, List<ReportedAction> actions, int version, Instant createdAt,
		Instant updatedAt) {

	public ReportView {
		actions = (actions == null) ? List.of() : List.copyOf(actions);
	}

	/**
	 * An action as reported: energy MWh/a, costs EUR, CO2 t/a (as entered; {@code null}
	 * computed from savings by the plan).
	 */
	public record ReportedAction(long id, String field, String title, String status, Double estimatedCostEur,
			Double actualCostEur, Double co2Reduction, boolean benchmarkOfExcellence) {

	}

}
