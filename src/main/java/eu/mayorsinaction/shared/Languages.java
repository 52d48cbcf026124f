package eu.mayorsinaction.shared;

import java.util.List;
import java.util.Locale;

/**
 * The languages the platform speaks; English is the default and the reference bundle.
 */
public final class Languages {

	public static final List<String> CODES = List.of("en", "nl", "fr", "de", "it", "es", "ca", "el", "hr", "pl");

	public static final String DEFAULT = "en";

	private Languages() {
	}

	public static boolean isSupported(String code) {
		return code != null && CODES.contains(code);
	}

	public static List<Locale> locales() {
		return CODES.stream().map(Locale::forLanguageTag).toList();
	}

	/** The language's name in the language itself, as shown in the picker. */
	public static String nativeName(String code) {
		Locale locale = Locale.forLanguageTag(code);
		String name = locale.getDisplayLanguage(locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

}
