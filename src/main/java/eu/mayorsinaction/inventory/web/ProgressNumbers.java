package eu.mayorsinaction.inventory.web;

import java.text.NumberFormat;
import java.util.Locale;

import eu.mayorsinaction.inventory.calculation.ProgressMetric;

/**
 * Figures of the progress page in the language of the request: t CO2 to one decimal, t
 * CO2/inhabitant to three, percentages to one; changes with their sign.
 */
public final class ProgressNumbers {

	private final Locale locale;

	ProgressNumbers(Locale locale) {
		this.locale = locale;
	}

	public String tonnes(Double value) {
		return format(value, 1, false);
	}

	public String perCapita(Double value) {
		return format(value, 3, false);
	}

	public String percent(Double value) {
		return format(value, 1, false);
	}

	public String tonnesChange(Double value) {
		return format(value, 1, true);
	}

	public String perCapitaChange(Double value) {
		return format(value, 3, true);
	}

	public String percentChange(Double value) {
		return format(value, 1, true);
	}

	/** A value in the metric of the target: t CO2 or t CO2/inhabitant. */
	public String value(Double value, ProgressMetric metric) {
		return (metric == ProgressMetric.PER_CAPITA) ? perCapita(value) : tonnes(value);
	}

	/** A difference in the metric of the target, without its sign. */
	public String magnitude(Double value, ProgressMetric metric) {
		return (value != null) ? value(Math.abs(value), metric) : "";
	}

	private String format(Double value, int decimals, boolean signed) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(0);
		String text = format.format(value);
		// −0.0 and values that round to zero show as 0, without a sign.
		if (text.matches("^-?0([.,]0*)?$")) {
			return format.format(0);
		}
		return (signed && value > 0) ? "+" + text : text;
	}

}
