package eu.mayorsinaction.actionplan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.shared.LocaleNumbers;

import org.springframework.context.MessageSource;

/**
 * Texts and numbers of the action-plan pages in the person's language: messages, strict
 * number parsing (as typed: {@code 1.234,5} in German) and the checks of what a form
 * sends before anything reaches the service.
 */
final class PlanPagesText {

	private final MessageSource messages;

	private final Locale locale;

	private final LocaleNumbers numbers;

	PlanPagesText(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.numbers = new LocaleNumbers(locale);
	}

	LocaleNumbers numbers() {
		return this.numbers;
	}

	Locale locale() {
		return this.locale;
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, (arguments.length == 0) ? null : arguments, code, this.locale);
	}

	/** A number typed in the person's language; an error put under the field if not. */
	Double number(String field, String text, Map<String, String> errors) {
		try {
			return this.numbers.parse(text);
		}
		catch (NumberFormatException ex) {
			errors.put(field, message("planpages.error.number"));
			return null;
		}
	}

	/** An id sent by a picker; anything else typed into the request is an error. */
	Long id(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, message("planpages.error.choice"));
			return null;
		}
	}

	Long wholeNumber(String field, String text, Map<String, String> errors) {
		try {
			Integer value = this.numbers.parseWhole(text);
			return (value != null) ? value.longValue() : null;
		}
		catch (NumberFormatException ex) {
			errors.put(field, message("planpages.error.wholeNumber"));
			return null;
		}
	}

	/** A date as a date input sends it (yyyy-mm-dd). */
	LocalDate date(String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put(field, message("planpages.error.date"));
			return null;
		}
	}

	<E extends Enum<E>> E choice(Class<E> type, String field, String text, Map<String, String> errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, message("planpages.error.choice"));
			return null;
		}
	}

	/**
	 * A date as typed (yyyy-mm-dd) shown in the person's language; as typed if no date.
	 */
	String date(String typed) {
		try {
			return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
				.withLocale(this.locale)
				.format(LocalDate.parse(typed.strip()));
		}
		catch (DateTimeParseException ex) {
			return typed;
		}
	}

	/** A number for an input or a comparison: as the person would type it. */
	String input(Number value) {
		return (value == null) ? "" : this.numbers.input(value);
	}

}
