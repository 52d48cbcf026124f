package eu.mayorsinaction.system;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.shared.Countries;
import eu.mayorsinaction.shared.Languages;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, dates and country names in the language of the request, for templates
 * ({@code @formats.number(x)}).
 */
@Component("formats")
public class Formats {

	/**
	 * Countries of the Covenant's European signatories first in pickers, then the rest of
	 * the world.
	 */
	private static final List<String> EUROPE = List.of("AL", "AT", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE",
			"ES", "FI", "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MD", "ME", "MK", "MT",
			"NL", "NO", "PL", "PT", "RO", "RS", "SE", "SI", "SK", "TR", "UA", "XK");

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits((value instanceof BigDecimal decimal) ? Math.max(decimal.scale(), 0) : 2);
		return format.format(value);
	}

	/** An emission factor [t/MWh]: up to six decimals, as the factor sets give them. */
	public String factor(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(6);
		return format.format(value);
	}

	public String date(LocalDate date) {
		return (date == null) ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String dateTime(Instant instant) {
		return (instant == null) ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(locale())
					.withZone(ZoneId.systemDefault())
					.format(instant);
	}

	public String country(String code) {
		return (code == null) ? "" : Countries.displayName(code, locale());
	}

	/**
	 * Country codes sorted by their name in the current language, European ones first.
	 */
	public List<String> countries() {
		Locale locale = locale();
		Comparator<String> byName = Comparator.comparing((String code) -> Countries.displayName(code, locale));
		List<String> europe = EUROPE.stream().filter(Countries::isValid).sorted(byName).toList();
		return europe;
	}

	public List<String> languages() {
		return Languages.CODES;
	}

	public String languageName(String code) {
		return Languages.nativeName(code);
	}

	public String language() {
		return locale().getLanguage();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
