package eu.mayorsinaction.actionplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import eu.mayorsinaction.actionplan.ActionView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The plan's actions as CSV: UTF-8 with a byte-order mark (so that Excel reads the
 * accents), comma-separated, a header row with units in the person's language, one row
 * per action. Numbers with a dot, no grouping and at most six decimals, dates as ISO 8601
 * (yyyy-mm-dd), so that programs read them in any language.
 */
final class PlanCsvWriter {

	static final char BOM = '\uFEFF';

	byte[] write(PlanExport export, Texts texts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write(BOM);
			printer.printRecord(ActionTable.headers(texts));
			for (ActionView action : export.actions()) {
				List<String> values = new ArrayList<>();
				for (Object value : ActionTable.row(export, action, texts)) {
					values.add(text(value));
				}
				printer.printRecord(values);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			// six decimals, as the factors have: 100 × 0.202 is 20.2, not
			// 20.200000000000003
			return BigDecimal.valueOf(number).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
		return value.toString();
	}

}
