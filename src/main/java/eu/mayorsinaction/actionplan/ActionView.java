package eu.mayorsinaction.actionplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;

/**
 * A stored action: energy MWh/a, costs EUR, CO2 t/a ({@code co2Reduction} as entered, may
 * be null); policy instrument and origin are codes of the admin's code lists, the
 * responsible user a platform account (all three optional).
 */
public record ActionView(long id, long planId, long signatoryId, FieldOfAction field, String title, boolean keyMeasure,
		String responsible, LocalDate startDate, LocalDate endDate, ActionStatus status, Double estimatedCostEur,
		Double actualCostEur, Map<Carrier, Double> savings, Double renewableMwh, Double co2Reduction,
		boolean benchmarkOfExcellence, int version, Instant createdAt, Instant updatedAt, String policyInstrumentCode,
		String originCode, Long responsibleUserId) {

	/** Without policy instrument, origin and responsible user. */
	public ActionView(long id, long planId, long signatoryId, FieldOfAction field, String title, boolean keyMeasure,
			String responsible, LocalDate startDate, LocalDate endDate, ActionStatus status, Double estimatedCostEur,
			Double actualCostEur, Map<Carrier, Double> savings, Double renewableMwh, Double co2Reduction,
			boolean benchmarkOfExcellence, int version, Instant createdAt, Instant updatedAt) {
		this(id, planId, signatoryId, field, title, keyMeasure, responsible, startDate, endDate, status,
				estimatedCostEur, actualCostEur, savings, renewableMwh, co2Reduction, benchmarkOfExcellence, version,
				createdAt, updatedAt, null, null, null);
	}

}
