package eu.mayorsinaction.actionplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.shared.InvalidInput;

/**
 * What the plan and action forms share: the error summary (each message linked to its
 * field) and the conflict comparison (stored now versus typed, field by field).
 */
final class PlanPagesForms {

	private PlanPagesForms() {
	}

	/** One message of the error summary: the id of the field it links to. */
	record SummaryError(String fieldId, String label, String message) {
	}

	/**
	 * One row of the conflict comparison: the field, its value as stored now and as the
	 * person typed it, and whether they differ.
	 */
	record Difference(String field, String label, String stored, String mine, boolean changed) {
	}

	/**
	 * The id of a field's input on the page ({@code savings.DIESEL} → savings-DIESEL).
	 */
	static String fieldId(String field) {
		return field.replace('.', '-');
	}

	/** The service's violations as messages under the fields of the page. */
	static void addViolations(InvalidInput invalid, PlanPagesText text, Map<String, String> errors) {
		for (InvalidInput.FieldViolation violation : invalid.violations()) {
			String message = text.message(violation.code(), violation.arguments());
			errors.merge(violation.field(), message, (a, b) -> a + " " + b);
		}
	}

	static List<SummaryError> summary(Map<String, String> errors, Map<String, String> labels) {
		List<SummaryError> summary = new ArrayList<>();
		errors.forEach((field, message) -> summary
			.add(new SummaryError(fieldId(field), labels.getOrDefault(field, field), message)));
		return summary;
	}

	static Map<String, String> errorsById(Map<String, String> errors) {
		Map<String, String> byId = new LinkedHashMap<>();
		errors.forEach((field, message) -> byId.put(fieldId(field), message));
		return byId;
	}

}
