package eu.mayorsinaction.inventory.web;

import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import eu.mayorsinaction.shared.LocaleNumbers;

/**
 * Numbers as typed in each of the ten languages: grouped or not, with the language's
 * decimal mark; anything else is refused whole rather than half read.
 */
class LocaleNumbersTests {

	@ParameterizedTest(name = "{0}: ''{1}'' is {2}")
	@CsvSource(delimiter = '|', value = {
			// language | typed | value
			"en | 1,234.5 | 1234.5", "en | 1234.5 | 1234.5", "en | 0.202 | 0.202", "en | 1,000,000 | 1000000",
			"de | 1.234,5 | 1234.5", "de | 1234,5 | 1234.5", "de | 27.000 | 27000", "it | 1.234,5 | 1234.5",
			"es | 1.234,5 | 1234.5", "nl | 1.234,5 | 1234.5", "ca | 1.234,5 | 1234.5", "el | 1.234,5 | 1234.5",
			"hr | 1.234,5 | 1234.5", "fr | 1 234,5 | 1234.5", "fr | 1\u202f234,5 | 1234.5",
			"fr | 1\u00a0234,5 | 1234.5", "pl | 1 234,5 | 1234.5", "pl | 1\u00a0234,5 | 1234.5", "pl | 0,4 | 0.4",
			"en | '  42 ' | 42" })
	void a_number_in_the_format_of_the_language_is_read(String language, String typed, double value) {
		assertThat(new LocaleNumbers(Locale.forLanguageTag(language)).parse(typed)).isEqualTo(value);
	}

	@ParameterizedTest(name = "{0}: ''{1}'' is refused")
	@CsvSource(delimiter = '|', value = { "en | 12,3,4", "de | 12,3,4", "en | 1.234,5", "de | 1,234.5", "en | abc",
			"en | 1 234", "fr | 1.234,5", "de | 1.23,4", "en | 12e3", "en | 1,23" })
	void anything_else_is_refused_whole(String language, String typed) {
		LocaleNumbers numbers = new LocaleNumbers(Locale.forLanguageTag(language));
		assertThatThrownBy(() -> numbers.parse(typed)).isInstanceOf(NumberFormatException.class);
	}

	@ParameterizedTest(name = "{0}: {1} is shown as ''{2}''")
	@CsvSource(delimiter = '|', value = { "en | 1234.5 | 1,234.5", "de | 1234.5 | 1.234,5", "it | 0.202 | 0,202" })
	void a_value_is_shown_as_the_language_writes_it(String language, double value, String shown) {
		assertThat(new LocaleNumbers(Locale.forLanguageTag(language)).input(value)).isEqualTo(shown);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "fr", "pl" })
	void a_value_shown_with_spaces_is_read_back(String language) {
		LocaleNumbers numbers = new LocaleNumbers(Locale.forLanguageTag(language));
		assertThat(numbers.parse(numbers.input(1234.5))).isEqualTo(1234.5);
	}

}
