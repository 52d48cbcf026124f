package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.inventory.BulkCsv;
import eu.mayorsinaction.inventory.BulkJob;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The row errors of a bulk import in the person's language, and the CSV files the pages
 * and the API hand out.
 */
final class BulkReport {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private BulkReport() {
	}

	/** A row error with its message in the person's language. */
	record Line(int line, String column, String value, String code, String message) {
	}

	static List<Line> lines(List<BulkJob.RowError> errors, MessageSource messages, Locale locale) {
		return errors.stream()
			.map((error) -> new Line(error.line(), error.column(), error.value(), error.code(),
					messages.getMessage(error.code(), error.arguments(), error.code(), locale)))
			.toList();
	}

	/** The report: line, column, value, message. */
	static String csv(List<Line> lines, MessageSource messages, Locale locale) {
		StringBuilder csv = new StringBuilder();
		csv.append(String.join(",", messages.getMessage("bulk.report.line", null, locale),
				messages.getMessage("bulk.report.column", null, locale),
				messages.getMessage("bulk.report.value", null, locale),
				messages.getMessage("bulk.report.message", null, locale)))
			.append('\n');
		for (Line line : lines) {
			csv.append(line.line())
				.append(',')
				.append(BulkCsv.quote(line.column()))
				.append(',')
				.append(BulkCsv.quote(line.value()))
				.append(',')
				.append(BulkCsv.quote(line.message()))
				.append('\n');
		}
		return csv.toString();
	}

	static ResponseEntity<String> download(String csv, String fileName) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(csv);
	}

}
