package eu.mayorsinaction.organisation;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

/**
 * Reads the documented CSV format for many signatories at once (UTF-8, comma separated, a
 * header row with these columns; only {@code name} and {@code country} are required):
 * {@value #HEADER_TEXT}.
 */
@Component
class SignatoryCsvReader {

	static final String HEADER_TEXT = "name,country,region,population,population_year,population_source,area_km2,"
			+ "latitude,longitude,adhesion_date,status,joint_plan_group";

	static final List<String> COLUMNS = List.of(HEADER_TEXT.split(","));

	static final int MAX_ROWS = 20_000;

	private final Validator validator;

	SignatoryCsvReader(Validator validator) {
		this.validator = validator;
	}

	SignatoryImport read(String content) {
		List<SignatoryData> rows = new ArrayList<>();
		List<SignatoryImport.RowError> errors = new ArrayList<>();
		String text = (content.startsWith("\uFEFF")) ? content.substring(1) : content;
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get();
		try (Reader reader = new StringReader(text); CSVParser parser = format.parse(reader)) {
			List<String> header = parser.getHeaderNames().stream().map((h) -> h.toLowerCase(Locale.ROOT)).toList();
			for (String required : List.of("name", "country")) {
				if (!header.contains(required)) {
					errors.add(new SignatoryImport.RowError(1, required, "signatory.import.missingColumn",
							List.of(required)));
				}
			}
			for (String column : header) {
				if (!COLUMNS.contains(column)) {
					errors.add(
							new SignatoryImport.RowError(1, column, "signatory.import.unknownColumn", List.of(column)));
				}
			}
			if (!errors.isEmpty()) {
				return new SignatoryImport(rows, errors);
			}
			Set<String> seen = new HashSet<>();
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				if (rows.size() >= MAX_ROWS) {
					errors.add(new SignatoryImport.RowError(line, null, "signatory.import.tooManyRows",
							List.of(MAX_ROWS)));
					break;
				}
				SignatoryData data = readRow(record, line, errors);
				if (data == null) {
					continue;
				}
				for (ConstraintViolation<SignatoryData> violation : this.validator.validate(data)) {
					String property = violation.getPropertyPath().toString();
					errors.add(new SignatoryImport.RowError(line, column(property), "signatory.import.invalidValue",
							List.of(column(property), violation.getMessage())));
				}
				String key = String.valueOf(data.name()).strip().toLowerCase(Locale.ROOT) + "|" + data.country();
				if (data.name() != null && !seen.add(key)) {
					errors.add(new SignatoryImport.RowError(line, "name", "signatory.import.duplicateRow",
							List.of(data.name())));
				}
				rows.add(data);
			}
		}
		catch (IOException | IllegalArgumentException | IllegalStateException ex) {
			errors.add(new SignatoryImport.RowError(0, null, "signatory.import.unreadable", List.of()));
		}
		if (rows.isEmpty() && errors.isEmpty()) {
			errors.add(new SignatoryImport.RowError(0, null, "signatory.import.empty", List.of()));
		}
		return new SignatoryImport(rows, errors);
	}

	private static SignatoryData readRow(CSVRecord record, long line, List<SignatoryImport.RowError> errors) {
		int before = errors.size();
		Cell cell = new Cell(record, line, errors);
		SignatoryData data = new SignatoryData(cell.text("name"), upper(cell.text("country")), cell.text("region"),
				cell.parse("population", Integer::valueOf), cell.parse("population_year", Integer::valueOf),
				cell.text("population_source"), cell.parse("area_km2", BigDecimal::new),
				cell.parse("latitude", BigDecimal::new), cell.parse("longitude", BigDecimal::new),
				cell.parse("adhesion_date", LocalDate::parse), cell.parse("status",
						(v) -> SignatoryStatus.valueOf(v.toUpperCase(Locale.ROOT)), SignatoryStatus.ACTIVE),
				cell.text("joint_plan_group"), false, null);
		return (errors.size() > before) ? null : data;
	}

	private static String upper(String value) {
		return (value == null) ? null : value.toUpperCase(Locale.ROOT);
	}

	/** Maps a record component name back to the CSV column it came from. */
	static String column(String property) {
		return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

	private record Cell(CSVRecord record, long line, List<SignatoryImport.RowError> errors) {

		String text(String column) {
			if (!this.record.isMapped(column) || !this.record.isSet(column)) {
				return null;
			}
			String value = this.record.get(column);
			return value.isBlank() ? null : value;
		}

		<T> T parse(String column, Function<String, T> parser) {
			return parse(column, parser, null);
		}

		<T> T parse(String column, Function<String, T> parser, T fallback) {
			String value = text(column);
			if (value == null) {
				return fallback;
			}
			try {
				return parser.apply(value.strip());
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				this.errors.add(new SignatoryImport.RowError(this.line, column, "signatory.import.badFormat",
						List.of(column, value)));
				return fallback;
			}
			catch (IllegalArgumentException ex) {
				this.errors.add(new SignatoryImport.RowError(this.line, column, "signatory.import.badFormat",
						List.of(column, value)));
				return fallback;
			}
		}

	}

}
