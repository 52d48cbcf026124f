package eu.mayorsinaction.shared;

import java.util.Locale;
import java.util.Set;

/**
 * ISO 3166-1 alpha-2 country codes, as the JDK knows them.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private Countries() {
	}

	public static boolean isValid(String code) {
		return code != null && CODES.contains(code);
	}

	public static String displayName(String code, Locale locale) {
		return isValid(code) ? new Locale("", code).getDisplayCountry(locale) : code;
	}

}
