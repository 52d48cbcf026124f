package eu.mayorsinaction.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

/**
 * What is entered for an action. Energy in MWh/a, costs in EUR, CO2 in t/a.
 *
 * @param fieldCode a sub-field code of the template (M11 … M211)
 * @param savings expected energy saving by carrier [MWh/a]
 * @param co2Reduction the expected CO2 reduction [t/a] when entered directly;
 * {@code null}: computed from savings and renewable production with the plan's BEI
 * factors
 * @param version the version read (for an update)
 * @param policyInstrumentCode a code of the list POLICY_INSTRUMENT (optional)
 * @param originCode a code of the list ORIGIN (optional)
 * @param responsibleUserId a platform user who may see the signatory (optional)
 */
public record ActionData(Long planId, String fieldCode, String title, boolean keyMeasure, String responsible,
		LocalDate startDate, LocalDate endDate, ActionStatus status, Double estimatedCostEur, Double actualCostEur,
		Map<Carrier, Double> savings, Double renewableMwh, Double co2Reduction, boolean benchmarkOfExcellence,
		Integer version, String policyInstrumentCode, String originCode, Long responsibleUserId) {

	public ActionData {
		savings = (savings == null) ? Map.of() : Map.copyOf(savings);
	}

	/** Without policy instrument, origin and responsible user. */
	public ActionData(Long planId, String fieldCode, String title, boolean keyMeasure, String responsible,
			LocalDate startDate, LocalDate endDate, ActionStatus status, Double estimatedCostEur, Double actualCostEur,
			Map<Carrier, Double> savings, Double renewableMwh, Double co2Reduction, boolean benchmarkOfExcellence,
			Integer version) {
		this(planId, fieldCode, title, keyMeasure, responsible, startDate, endDate, status, estimatedCostEur,
				actualCostEur, savings, renewableMwh, co2Reduction, benchmarkOfExcellence, version, null, null, null);
	}

	/** The violations of the rules that need nothing stored to check. */
	List<FieldViolation> violations() {
		List<FieldViolation> violations = new ArrayList<>();
		if (this.planId == null) {
			violations.add(new FieldViolation("planId", "actionplan.error.required"));
		}
		if (this.fieldCode == null || this.fieldCode.isBlank()) {
			violations.add(new FieldViolation("fieldCode", "actionplan.error.required"));
		}
		else if (FieldOfAction.ofCode(this.fieldCode).isEmpty()) {
			violations.add(new FieldViolation("fieldCode", "actionplan.error.fieldCode", this.fieldCode));
		}
		if (this.title == null || this.title.isBlank()) {
			violations.add(new FieldViolation("title", "actionplan.error.required"));
		}
		else if (this.title.length() > PlanData.TEXT_MAX) {
			violations.add(new FieldViolation("title", "actionplan.error.tooLong", String.valueOf(PlanData.TEXT_MAX)));
		}
		if (this.responsible != null && this.responsible.length() > PlanData.TEXT_MAX) {
			violations
				.add(new FieldViolation("responsible", "actionplan.error.tooLong", String.valueOf(PlanData.TEXT_MAX)));
		}
		if (this.status == null) {
			violations.add(new FieldViolation("status", "actionplan.error.required"));
		}
		if (this.startDate != null && this.endDate != null && this.endDate.isBefore(this.startDate)) {
			violations.add(new FieldViolation("endDate", "actionplan.error.endBeforeStart"));
		}
		notNegative(violations, "estimatedCostEur", this.estimatedCostEur);
		notNegative(violations, "actualCostEur", this.actualCostEur);
		notNegative(violations, "renewableMwh", this.renewableMwh);
		notNegative(violations, "co2Reduction", this.co2Reduction);
		this.savings.forEach((carrier, mwh) -> notNegative(violations, "savings." + carrier, mwh));
		return violations;
	}

	private static void notNegative(List<FieldViolation> violations, String field, Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0)) {
			violations.add(new FieldViolation(field, "actionplan.error.negative"));
		}
	}

}
