package eu.mayorsinaction.user.web;

import java.util.Map;

import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * Puts the failures of the domain record a form converts to on the form's fields: bean
 * validation of the record, and the domain's own {@link InvalidInput}.
 */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * Bean-validates {@code data}, a record whose components are named like the form's
	 * fields; errors of a derived property ({@code languageSupported}) land on the field
	 * {@code renamed} names. Fields that failed conversion keep their conversion error
	 * only.
	 */
	static void validate(SmartValidator validator, Object data, BindingResult errors, Map<String, String> renamed) {
		BindingResult scratch = new BeanPropertyBindingResult(data, errors.getObjectName());
		validator.validate(data, scratch);
		for (FieldError error : scratch.getFieldErrors()) {
			String field = renamed.getOrDefault(error.getField(), error.getField());
			if (!errors.hasFieldErrors(field)) {
				errors.rejectValue(field, error.getCode(), error.getArguments(), error.getDefaultMessage());
			}
		}
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
