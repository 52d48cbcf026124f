package eu.mayorsinaction.monitoring.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import eu.mayorsinaction.monitoring.ReportView.ReportedAction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV: UTF-8 with a byte-order mark (so that spreadsheet programs read the
 * accents), comma-separated. First the report's header fields, one "label,value" row
 * each, then an empty row, then the table of reported actions with its header row (units
 * in the person's language). Numbers with a dot, no grouping, at most six decimals; dates
 * ISO 8601.
 */
final class ReportCsvWriter {

	static final char BOM = '\uFEFF';

	byte[] write(ReportExport export, Function<String, String> texts) {
		StringWriter out = new StringWriter();
		out.write(BOM);
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			for (Object[] pair : ReportTable.header(export, texts)) {
				printer.printRecord(pair[0], text(pair[1]));
			}
			printer.println();
			printer.printRecord(ReportTable.headers(texts));
			for (ReportedAction action : export.actions()) {
				List<String> values = new ArrayList<>();
				for (Object value : ReportTable.row(action, texts)) {
					values.add(text(value));
				}
				printer.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
