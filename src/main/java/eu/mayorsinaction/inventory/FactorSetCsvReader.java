package eu.mayorsinaction.inventory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.inventory.FactorSetUpload.Kind;
import eu.mayorsinaction.inventory.FactorSetUpload.Row;
import eu.mayorsinaction.inventory.FactorSetUpload.RowError;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.shared.Countries;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the documented factor set CSV (UTF-8, comma separated, a header row
 * {@value #HEADER_TEXT}, one factor per row):
 * <ul>
 * <li>{@code fuel,NATURAL_GAS,,0.202}: a fuel carrier's factor in t/MWh (a fossil or
 * renewable carrier of the template; no year);</li>
 * <li>{@code electricity,IT,2013,0.344}: a national electricity factor in t/MWh for a
 * country (ISO code, or {@code EU28} for the EU average) and year.</li>
 * </ul>
 * A carrier left out has no factor (an inventory using it gives its own). Every problem
 * is reported with its line; nothing is kept from a file with any.
 */
final class FactorSetCsvReader {

	static final String HEADER_TEXT = "kind,key,year,factor";

	static final List<String> COLUMNS = List.of(HEADER_TEXT.split(","));

	static final int MAX_ROWS = 20_000;

	static final int FIRST_YEAR = 1990;

	static final int LAST_YEAR = 2100;

	/**
	 * t/MWh: no fuel or grid comes near (lignite is about 0.36, the dirtiest grids 1.1).
	 */
	static final double MAX_FACTOR = 10;

	/** A plain decimal with a point: no sign, exponent or thousands separator. */
	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private FactorSetCsvReader() {
	}

	static FactorSetUpload read(String content) {
		List<Row> rows = new ArrayList<>();
		List<RowError> errors = new ArrayList<>();
		String text = (content.startsWith("\uFEFF")) ? content.substring(1) : content;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			for (String required : COLUMNS) {
				if (!header.contains(required)) {
					errors.add(new RowError(1, required, "factorSet.csv.missingColumn", List.of(required)));
				}
			}
			for (String column : header) {
				if (!COLUMNS.contains(column)) {
					errors.add(new RowError(1, column, "factorSet.csv.unknownColumn", List.of(column)));
				}
			}
			if (!errors.isEmpty()) {
				return new FactorSetUpload(null, 0, rows, errors);
			}
			Map<String, Long> seen = new HashMap<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() >= MAX_ROWS) {
					errors.add(new RowError(line, null, "factorSet.csv.tooManyRows", List.of(MAX_ROWS)));
					break;
				}
				Row row = readRow(record, header, line, errors);
				if (row == null) {
					continue;
				}
				String key = row.kind() + "|" + row.key() + "|" + row.year();
				Long first = seen.putIfAbsent(key, line);
				if (first != null) {
					errors.add(new RowError(line, "key", "factorSet.csv.duplicate",
							List.of(row.key(), String.valueOf(first))));
					continue;
				}
				rows.add(row);
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException ex) {
			errors.add(new RowError(0, null, "factorSet.csv.unreadable", List.of()));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new RowError(0, null, "factorSet.csv.empty", List.of()));
		}
		return new FactorSetUpload(null, 0, rows, errors);
	}

	private static Row readRow(CSVRecord record, List<String> header, long line, List<RowError> errors) {
		Map<String, String> cells = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.put(header.get(i), (i < record.size()) ? record.get(i).strip() : "");
		}
		if (record.size() > header.size()) {
			// e.g. a decimal comma (0,05) that would otherwise be read as 0
			errors.add(new RowError(line, null, "factorSet.csv.tooManyCells",
					List.of(String.valueOf(record.size()), String.valueOf(header.size()))));
			return null;
		}
		int before = errors.size();
		String kindText = cells.get("kind");
		Kind kind = switch (kindText.toLowerCase(Locale.ROOT)) {
			case "fuel" -> Kind.FUEL;
			case "electricity" -> Kind.ELECTRICITY;
			default -> null;
		};
		if (kind == null) {
			errors.add(new RowError(line, "kind", "factorSet.csv.badKind", List.of(kindText)));
			return null;
		}
		String key = cells.get("key").toUpperCase(Locale.ROOT);
		String yearText = cells.get("year");
		Integer year = null;
		if (kind == Kind.FUEL) {
			Carrier carrier = carrier(key);
			if (carrier == null
					|| !(carrier.kind() == Carrier.Kind.FOSSIL || carrier.kind() == Carrier.Kind.RENEWABLE)) {
				errors.add(new RowError(line, "key", "factorSet.csv.badCarrier", List.of(cells.get("key"))));
			}
			if (!yearText.isEmpty()) {
				errors.add(new RowError(line, "year", "factorSet.csv.yearForFuel", List.of(yearText)));
			}
		}
		else {
			if (!key.equals(FactorSet.EU_AVERAGE) && !Countries.isValid(key)) {
				errors.add(new RowError(line, "key", "factorSet.csv.badCountry", List.of(cells.get("key"))));
			}
			try {
				year = Integer.valueOf(yearText);
				if (year < FIRST_YEAR || year > LAST_YEAR) {
					errors.add(new RowError(line, "year", "factorSet.csv.badYear",
							List.of(yearText, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))));
				}
			}
			catch (NumberFormatException ex) {
				errors.add(new RowError(line, "year", "factorSet.csv.badYear",
						List.of(yearText, String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))));
			}
		}
		String factorText = cells.get("factor");
		double factor = NUMBER.matcher(factorText).matches() ? Double.parseDouble(factorText) : Double.NaN;
		if (Double.isNaN(factor) || factor > MAX_FACTOR) {
			errors.add(new RowError(line, "factor", "factorSet.csv.badFactor",
					List.of(factorText, String.valueOf((int) MAX_FACTOR))));
		}
		return (errors.size() > before) ? null : new Row(line, kind, key, year, factor);
	}

	private static Carrier carrier(String code) {
		try {
			return Carrier.valueOf(code);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
