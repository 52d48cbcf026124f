package eu.mayorsinaction.actionplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

/**
 * What is entered for a plan. {@code version} is the version read (for an update).
 *
 * @param commitmentId the commitment the plan answers (else the signatory's current one)
 * @param beiInventoryId the baseline inventory (BEI) the plan is measured against
 */
public record PlanData(PlanKind kind, String title, Long commitmentId, LocalDate approvalDate, String approvingBody,
		Long beiInventoryId, PlanStatus status, Integer version) {

	static final int TEXT_MAX = 300;

	/** The violations of the rules that need nothing stored to check. */
	List<FieldViolation> violations() {
		List<FieldViolation> violations = new ArrayList<>();
		if (this.kind == null) {
			violations.add(new FieldViolation("kind", "actionplan.error.required"));
		}
		if (this.title == null || this.title.isBlank()) {
			violations.add(new FieldViolation("title", "actionplan.error.required"));
		}
		else if (this.title.length() > TEXT_MAX) {
			violations.add(new FieldViolation("title", "actionplan.error.tooLong", String.valueOf(TEXT_MAX)));
		}
		if (this.approvingBody != null && this.approvingBody.length() > TEXT_MAX) {
			violations.add(new FieldViolation("approvingBody", "actionplan.error.tooLong", String.valueOf(TEXT_MAX)));
		}
		if (this.status == null) {
			violations.add(new FieldViolation("status", "actionplan.error.required"));
		}
		return violations;
	}

	static void throwIfAny(List<FieldViolation> violations) {
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

}
