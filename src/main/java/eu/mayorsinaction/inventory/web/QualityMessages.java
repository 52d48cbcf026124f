package eu.mayorsinaction.inventory.web;

import java.util.Locale;

import eu.mayorsinaction.inventory.calculation.QualityFinding;
import eu.mayorsinaction.shared.LocaleNumbers;

import org.springframework.context.MessageSource;

/**
 * The translated explanation of a finding. Every message gets the same arguments: {0} the
 * sector, {1} the value, {2} the reference, {3} the previous inventory's year, {4} the
 * peers' median, {5} their MAD, {6} the robust z, {7} the peer count.
 */
final class QualityMessages {

	private QualityMessages() {
	}

	static String explain(QualityFinding f, MessageSource messages, Locale locale) {
		LocaleNumbers numbers = new LocaleNumbers(locale);
		int decimals = decimals(f.code());
		String sector = (f.sector() != null)
				? messages.getMessage("inventory.sector." + f.sector().name(), null, locale) : "";
		Object[] arguments = { sector, numbers.format(f.value(), decimals), numbers.format(f.reference(), decimals),
				(f.referenceYear() != null) ? String.valueOf(f.referenceYear()) : "", numbers.format(f.median(), 3),
				numbers.format(f.mad(), 3), numbers.format(f.z(), 2),
				(f.peerCount() != null) ? String.valueOf(f.peerCount()) : "" };
		return messages.getMessage(f.code(), arguments, locale);
	}

	/** MWh per inhabitant with 3 decimals, MWh and counts without. */
	private static int decimals(String code) {
		return (code.startsWith("quality.outlier") || code.equals("quality.plausibility.lighting")) ? 3 : 0;
	}

}
