package eu.mayorsinaction.actionplan.export;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells of the exported spreadsheets written with their type: whole numbers, decimal
 * numbers and dates as numeric cells with a number format (so that a spreadsheet sums and
 * sorts them), everything else as text; bold wrapped header cells. Shared by the plan's
 * and the monitoring report's XLSX exports.
 */
public final class TypedCells {

	static final String NUMBER_FORMAT = "#,##0.00";

	static final String INTEGER_FORMAT = "0";

	static final String DATE_FORMAT = "yyyy-mm-dd";

	/** The header, number, whole-number and date styles of one workbook. */
	public static final class Styles {

		public final CellStyle header;

		final CellStyle number;

		final CellStyle integer;

		final CellStyle date;

		public Styles(Workbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			this.header = workbook.createCellStyle();
			this.header.setFont(bold);
			this.header.setWrapText(true);
			this.number = workbook.createCellStyle();
			this.number.setDataFormat(workbook.createDataFormat().getFormat(NUMBER_FORMAT));
			this.integer = workbook.createCellStyle();
			this.integer.setDataFormat(workbook.createDataFormat().getFormat(INTEGER_FORMAT));
			this.date = workbook.createCellStyle();
			this.date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
		}

	}

	private TypedCells() {
	}

	/** Writes a value into a new cell of the row; {@code null} leaves the cell out. */
	public static void value(Row row, int column, Object value, Styles styles) {
		if (value == null) {
			return;
		}
		Cell cell = row.createCell(column);
		if (value instanceof Long number) {
			cell.setCellValue(number);
			cell.setCellStyle(styles.integer);
		}
		else if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
			cell.setCellStyle(styles.number);
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
			cell.setCellStyle(styles.date);
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

}
