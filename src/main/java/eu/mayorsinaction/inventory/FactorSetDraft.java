package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.List;

import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

/**
 * What an admin says about a factor set to upload (the factors come in the CSV): its name
 * (an existing name makes it the next version of that set), source citation, notes,
 * approach and unit, and whether new inventories should get it.
 */
public record FactorSetDraft(String name, String source, String notes, Approach approach, EmissionUnit unit,
		boolean makeDefault) {

	static final int NAME_MAX = 200;

	static final int SOURCE_MAX = 2000;

	static final int NOTES_MAX = 4000;

	public FactorSetDraft {
		name = strip(name);
		source = strip(source);
		notes = strip(notes);
	}

	/**
	 * @throws InvalidInput naming every field at fault
	 */
	void validate() {
		List<FieldViolation> violations = new ArrayList<>();
		text(violations, "name", this.name, NAME_MAX, true);
		text(violations, "source", this.source, SOURCE_MAX, true);
		text(violations, "notes", this.notes, NOTES_MAX, false);
		if (this.approach == null) {
			violations.add(new FieldViolation("approach", "factorSet.required"));
		}
		if (this.unit == null) {
			violations.add(new FieldViolation("unit", "factorSet.required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
	}

	private static void text(List<FieldViolation> violations, String field, String value, int max, boolean required) {
		if (value == null) {
			if (required) {
				violations.add(new FieldViolation(field, "factorSet.required"));
			}
		}
		else if (value.length() > max) {
			violations.add(new FieldViolation(field, "factorSet.tooLong", max));
		}
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
