package eu.mayorsinaction.shared;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as people type and read them in their language: {@code 1,234.5} in English,
 * {@code 1.234,5} in German, {@code 1 234,5} in French. Parsing is strict: the whole text
 * must be one number, grouped in threes if grouped at all ({@code 12,3,4} is refused, not
 * read as 1,234).
 */
public final class LocaleNumbers {

	/** Spaces people type or copy as a thousands separator. */
	private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F\\u2009]");

	private final Locale locale;

	private final char decimal;

	private final char grouping;

	private final boolean spaceGrouping;

	private final Pattern shape;

	public LocaleNumbers(Locale locale) {
		this.locale = locale;
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
		this.decimal = symbols.getDecimalSeparator();
		this.grouping = symbols.getGroupingSeparator();
		this.spaceGrouping = Character.isSpaceChar(this.grouping) || Character.isWhitespace(this.grouping);
		String group = this.spaceGrouping ? " " : Pattern.quote(String.valueOf(this.grouping));
		String fraction = Pattern.quote(String.valueOf(this.decimal));
		this.shape = Pattern.compile("-?(\\d+|\\d{1,3}(" + group + "\\d{3})+)(" + fraction + "\\d+)?");
	}

	public Locale locale() {
		return this.locale;
	}

	/**
	 * The number a text holds, {@code null} for an empty text.
	 * @throws NumberFormatException if the text is not exactly one number in this
	 * language
	 */
	public Double parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip().replace('\u2212', '-');
		if (this.spaceGrouping) {
			value = SPACES.matcher(value).replaceAll(" ");
		}
		if (!this.shape.matcher(value).matches()) {
			throw new NumberFormatException(text);
		}
		if (this.spaceGrouping) {
			value = value.replace(" ", "");
		}
		DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(this.locale));
		format.setParseBigDecimal(true);
		format.setGroupingUsed(!this.spaceGrouping);
		ParsePosition position = new ParsePosition(0);
		Number number = format.parse(value, position);
		if (number == null || position.getIndex() != value.length()) {
			throw new NumberFormatException(text);
		}
		return ((BigDecimal) number).doubleValue();
	}

	/**
	 * A whole number, {@code null} for an empty text.
	 * @throws NumberFormatException if the text is not exactly one whole number
	 */
	public Integer parseWhole(String text) {
		Double value = parse(text);
		if (value == null) {
			return null;
		}
		if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
			throw new NumberFormatException(text);
		}
		return value.intValue();
	}

	/** A value for an input: grouped, up to 6 decimals, empty for {@code null}. */
	public String input(Number value) {
		return format(value, 6);
	}

	public String format(Number value, int decimals) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(decimals);
		return format.format(value);
	}

	/** Tonnes for display: up to 2 decimals. */
	public String tonnes(Number value) {
		return format(value, 2);
	}

	/** Emission factors for display: up to 6 decimals. */
	public String factor(Number value) {
		return format(value, 6);
	}

}
