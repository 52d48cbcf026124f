package eu.mayorsinaction.shared;

import java.util.List;

/**
 * Input that breaks a rule the domain checks itself (rather than a bean-validation
 * constraint): the violations name the field and the message key.
 */
public class InvalidInput extends BusinessException {

	private final transient List<FieldViolation> violations;

	public InvalidInput(List<FieldViolation> violations) {
		super("error.validation", 400);
		this.violations = List.copyOf(violations);
	}

	public InvalidInput(String field, String code, Object... arguments) {
		this(List.of(new FieldViolation(field, code, arguments)));
	}

	public List<FieldViolation> violations() {
		return this.violations;
	}

	/**
	 * One field at fault: its name, the message key and the message arguments.
	 */
	public record FieldViolation(String field, String code, Object... arguments) {
	}

}
