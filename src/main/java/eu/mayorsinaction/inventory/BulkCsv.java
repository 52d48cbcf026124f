package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The long CSV format of the bulk import and export: UTF-8, a header row, one row per
 * value. Columns (by name, in any order; unknown columns are refused):
 * <ul>
 * <li>{@code signatory_id} – the platform's id of the signatory (required)</li>
 * <li>{@code inventory_type} – BEI or MEI (required)</li>
 * <li>{@code inventory_year} – 1990 to this year (required)</li>
 * <li>{@code population} – optional; where given, the same on every row of one
 * inventory</li>
 * <li>{@code sector} – a Table A sector code (e.g. RESIDENTIAL_BUILDINGS) or a non-energy
 * code WASTE, WASTEWATER, OTHER_NON_ENERGY (required)</li>
 * <li>{@code carrier} – a Table A carrier code (e.g. ELECTRICITY); empty on non-energy
 * rows</li>
 * <li>{@code mwh} – energy rows: MWh, zero or more, a decimal point</li>
 * <li>{@code tco2} – non-energy rows: t CO2, zero or more, a decimal point</li>
 * <li>{@code provenance} – optional: MEASURED, ESTIMATED, DEFAULT or IMPORTED</li>
 * </ul>
 * Fields may be quoted ("…", a quote doubled inside). The rows of one inventory need not
 * be adjacent.
 */
public final class BulkCsv {

	public static final List<String> COLUMNS = List.of("signatory_id", "inventory_type", "inventory_year", "population",
			"sector", "carrier", "mwh", "tco2", "provenance");

	public static final List<String> REQUIRED = List.of("signatory_id", "inventory_type", "inventory_year", "sector");

	private BulkCsv() {
	}

	/** One physical line of the file split into fields, with its 1-based number. */
	public record Line(int number, List<String> fields) {
	}

	/**
	 * Splits the text into lines of fields; empty lines are skipped. A byte order mark is
	 * ignored. Quoted fields may not span lines.
	 */
	public static List<Line> split(String text) {
		List<Line> lines = new ArrayList<>();
		String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
		int number = 0;
		int start = 0;
		int length = body.length();
		while (start <= length) {
			int end = body.indexOf('\n', start);
			if (end < 0) {
				end = length;
			}
			String line = body.substring(start, end);
			if (line.endsWith("\r")) {
				line = line.substring(0, line.length() - 1);
			}
			number++;
			if (!line.isBlank()) {
				lines.add(new Line(number, fields(line)));
			}
			start = end + 1;
		}
		return lines;
	}

	/** Counts the non-empty lines after the header, cheaply. */
	public static int countRows(String text) {
		int rows = 0;
		boolean content = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				rows += content ? 1 : 0;
				content = false;
			}
			else if (!Character.isWhitespace(c) && c != '\uFEFF') {
				content = true;
			}
		}
		rows += content ? 1 : 0;
		return Math.max(rows - 1, 0);
	}

	static List<String> fields(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString().trim());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString().trim());
		return fields;
	}

	/** A field for a CSV line: quoted when it holds a comma, a quote or a line break. */
	public static String quote(String value) {
		if (value == null) {
			return "";
		}
		if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
				|| value.indexOf('\r') >= 0) {
			return "\"" + value.replace("\"", "\"\"") + "\"";
		}
		return value;
	}

	/** A number as the format writes it: a decimal point, no grouping, no exponent. */
	public static String number(double value) {
		if (value == Math.rint(value) && Math.abs(value) < 1e15) {
			return Long.toString((long) value);
		}
		return new java.math.BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	static String header() {
		return String.join(",", COLUMNS);
	}

	static String lower(String value) {
		return value.toLowerCase(Locale.ROOT);
	}

}
