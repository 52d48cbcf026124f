package eu.mayorsinaction.actionplan;

import java.util.Optional;

/**
 * The fields of action of the action-plan template: its sub-field rows (column A of the
 * action-plan sheet, domain brief §4), each under its main field.
 */
public enum FieldOfAction {

	// Buildings, equipment/facilities and industries
	M11("M10"), M12("M10"), M13("M10"), M14("M10"), M15("M10"), M93("M10"),
	// Transport
	M31("M30"), M32("M30"), M33("M30"), M35("M30"),
	// Local electricity production
	M111("M110"), M112("M110"), M113("M110"), M114("M110"), M115("M110"),
	// Local district heating/cooling, CHP
	M131("M130"), M132("M130"), M135("M130"),
	// Land use planning
	M151("M150"), M152("M150"), M153("M150"), M154("M150"),
	// Public procurement of products and services
	M171("M170"), M172("M170"), M173("M170"),
	// Working with citizens and stakeholders
	M191("M190"), M192("M190"), M193("M190"), M194("M190"), M195("M190"),
	// Other sectors
	M211("M210");

	private final String mainField;

	FieldOfAction(String mainField) {
		this.mainField = mainField;
	}

	/** The template code, e.g. {@code M13}. */
	public String code() {
		return name();
	}

	/** The code of the main field the sub-field belongs to, e.g. {@code M10}. */
	public String mainField() {
		return this.mainField;
	}

	/** The field of a template code; empty when the code is not one of the template's. */
	public static Optional<FieldOfAction> ofCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		for (FieldOfAction field : values()) {
			if (field.name().equals(code.trim())) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
