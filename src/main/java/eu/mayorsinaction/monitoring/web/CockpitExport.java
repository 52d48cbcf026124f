package eu.mayorsinaction.monitoring.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.monitoring.CockpitRow;
import eu.mayorsinaction.actionplan.export.TypedCells;
import eu.mayorsinaction.monitoring.CockpitView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The cockpit as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
 * accents) or XLSX (numbers and dates as typed cells, frozen header, filter), with the
 * column titles and codes in the person's language.
 */
@Component
class CockpitExport {

	private static final String[] COLUMNS = { "signatory", "country", "framework", "stage", "nextDeadline", "nextDue",
			"daysLeft", "risk", "completeness", "missing", "lastActivity", "awaitingReview" };

	private final MessageSource messages;

	CockpitExport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] csv(CockpitView cockpit, Locale locale) {
		StringWriter out = new StringWriter();
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(headers(locale));
			for (CockpitRow row : cockpit.rows()) {
				printer.printRecord(values(row, locale));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}

	byte[] xlsx(CockpitView cockpit, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(text("monitoring.cockpit.title", locale));
			TypedCells.Styles styles = new TypedCells.Styles(workbook);
			Row header = sheet.createRow(0);
			List<String> headers = headers(locale);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(styles.header);
			}
			int r = 1;
			for (CockpitRow item : cockpit.rows()) {
				Row row = sheet.createRow(r++);
				List<Object> values = values(item, locale);
				for (int i = 0; i < values.size(); i++) {
					TypedCells.value(row, i, values.get(i), styles);
				}
			}
			sheet.createFreezePane(0, 1);
			sheet.setAutoFilter(new CellRangeAddress(0, Math.max(r - 1, 0), 0, COLUMNS.length - 1));
			for (int i = 0; i < COLUMNS.length; i++) {
				sheet.setColumnWidth(i, (i == 0 || i == 9) ? 32 * 256 : 16 * 256);
			}
			workbook.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> headers(Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String column : COLUMNS) {
			headers.add(text("monitoring.cockpit.col." + column, locale));
		}
		return headers;
	}

	/**
	 * The row's values with their types (whole numbers as {@code Long}, dates as
	 * {@code LocalDate}): typed cells in the XLSX, their plain text in the CSV.
	 */
	private List<Object> values(CockpitRow row, Locale locale) {
		List<Object> values = new ArrayList<>();
		values.add(row.name());
		values.add(row.country());
		values.add((row.framework() != null) ? row.framework().name() : null);
		values.add(text("monitoring.stage." + row.stage(), locale));
		values.add((row.nextKind() != null) ? text("monitoring.kind." + row.nextKind(), locale) : null);
		values.add(row.nextDue());
		values.add(row.daysLeft());
		values.add(text("monitoring.risk." + row.risk(), locale));
		values.add((long) row.completeness());
		values.add(String.join(", ",
				row.missing().stream().map((code) -> text("monitoring.missing." + code, locale)).toList()));
		values.add((row.lastActivity() != null) ? row.lastActivity().atOffset(ZoneOffset.UTC).toLocalDate() : null);
		values.add((long) row.awaitingReview());
		return values;
	}

	private String text(String code, Locale locale) {
		return this.messages.getMessage(code, null, code, locale);
	}

}
