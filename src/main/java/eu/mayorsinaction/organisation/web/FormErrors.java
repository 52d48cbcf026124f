package eu.mayorsinaction.organisation.web;

import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;

/**
 * Validates the domain record a form converts to, with errors landing on the form's
 * fields of the same names, and puts the domain's own failures ({@link InvalidInput})
 * there too.
 */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Bean-validates {@code data} (a record whose components are named like the form's
	 * fields).
	 */
	static void validate(SmartValidator validator, Object data, BindingResult errors) {
		if (!errors.hasErrors()) {
			validator.validate(data, errors);
			return;
		}
		// Fields that failed conversion keep their conversion error only.
		BindingResult scratch = new org.springframework.validation.BeanPropertyBindingResult(data,
				errors.getObjectName());
		validator.validate(data, scratch);
		scratch.getFieldErrors()
			.stream()
			.filter((error) -> !errors.hasFieldErrors(error.getField()))
			.forEach((error) -> errors.rejectValue(error.getField(), error.getCode(), error.getArguments(),
					error.getDefaultMessage()));
		scratch.getGlobalErrors().forEach(errors::addError);
	}

	static void reject(BindingResult errors, InvalidInput failure) {
		for (InvalidInput.FieldViolation violation : failure.violations()) {
			if (isField(errors, violation.field())) {
				errors.rejectValue(violation.field(), violation.code(), violation.arguments(), violation.code());
			}
			else {
				errors.reject(violation.code(), violation.arguments(), violation.code());
			}
		}
	}

	private static boolean isField(BindingResult errors, String field) {
		try {
			return errors.getFieldType(field) != null;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
