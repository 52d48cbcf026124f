package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

/**
 * Collects every field at fault in inventory input (a stored inventory or a stateless
 * calculation request) and throws them together, so one answer names all the problems.
 */
public final class InputChecks {

	private final List<FieldViolation> violations = new ArrayList<>();

	public boolean fault(String field, String code, Object... arguments) {
		this.violations.add(new FieldViolation(field, code, arguments));
		return false;
	}

	public boolean present(String field, Object value) {
		return (value != null) || fault(field, "inventory.required");
	}

	public boolean quantity(String field, Double value) {
		return present(field, value) && optional(field, value);
	}

	public boolean optional(String field, Double value) {
		if (value != null && (!Double.isFinite(value) || value < 0)) {
			return fault(field, "inventory.negative");
		}
		return true;
	}

	/** Own fuel factors: only fuels (not electricity or heat), each a quantity. */
	public boolean fuels(String field, Map<Carrier, Double> factors) {
		boolean ok = true;
		if (factors != null) {
			for (Map.Entry<Carrier, Double> entry : factors.entrySet()) {
				String at = field + "." + entry.getKey().name();
				if (entry.getKey() == Carrier.ELECTRICITY || entry.getKey() == Carrier.HEAT_COLD) {
					ok = fault(at, "inventory.notAFuel", entry.getKey().name());
				}
				else {
					ok &= quantity(at, entry.getValue());
				}
			}
		}
		return ok;
	}

	public void throwIfAny() {
		if (!this.violations.isEmpty()) {
			throw new InvalidInput(this.violations);
		}
	}

	/** An absent quantity counts as zero. */
	public static double orZero(Double value) {
		return (value != null) ? value : 0;
	}

}
