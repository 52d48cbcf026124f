package eu.mayorsinaction.monitoring.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import eu.mayorsinaction.actionplan.export.TypedCells;
import eu.mayorsinaction.monitoring.ReportView.ReportedAction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A report as an Excel workbook (.xlsx): a sheet of reported actions (numbers as numeric
 * cells, header row frozen and filtered) and a sheet with the report's header fields
 * (dates as date cells). {@link #headerSheet} also serves the template export.
 */
final class ReportXlsxWriter {

	byte[] write(ReportExport export, Function<String, String> texts) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TypedCells.Styles styles = new TypedCells.Styles(workbook);
			Sheet actions = workbook
				.createSheet(WorkbookUtil.createSafeSheetName(texts.apply("reportexport.sheet.actions")));
			List<String> headers = ReportTable.headers(texts);
			Row header = actions.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(styles.header);
				actions.setColumnWidth(i, ((i == 1) ? 45 : 18) * 256);
			}
			int line = 1;
			for (ReportedAction action : export.actions()) {
				Row row = actions.createRow(line++);
				List<Object> values = ReportTable.row(action, texts);
				for (int i = 0; i < values.size(); i++) {
					TypedCells.value(row, i, values.get(i), styles);
				}
			}
			actions.createFreezePane(0, 1);
			actions.setAutoFilter(new CellRangeAddress(0, Math.max(line - 1, 0), 0, headers.size() - 1));
			headerSheet(workbook, export, texts);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds a sheet with the report's header fields (label, value) to a workbook. */
	static void headerSheet(Workbook workbook, ReportExport export, Function<String, String> texts) {
		TypedCells.Styles styles = new TypedCells.Styles(workbook);
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.apply("reportexport.sheet.report")));
		sheet.setColumnWidth(0, 40 * 256);
		sheet.setColumnWidth(1, 60 * 256);
		int line = 0;
		for (Object[] pair : ReportTable.header(export, texts)) {
			Row row = sheet.createRow(line++);
			Cell label = row.createCell(0);
			label.setCellValue((String) pair[0]);
			label.setCellStyle(styles.header);
			TypedCells.value(row, 1, pair[1], styles);
		}
	}

}
