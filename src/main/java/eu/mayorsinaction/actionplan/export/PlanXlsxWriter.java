package eu.mayorsinaction.actionplan.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plan's actions as an Excel workbook (.xlsx): the table of {@link ActionTable} with
 * numeric cells in number formats and date cells, the header row frozen and filtered; a
 * second sheet with the plan's fields and, when computable, its target figures [t CO2/a].
 */
final class PlanXlsxWriter {

	byte[] write(PlanExport export, Texts texts) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			TypedCells.Styles styles = new TypedCells.Styles(workbook);
			Sheet actions = workbook
				.createSheet(WorkbookUtil.createSafeSheetName(texts.get("planexport.sheet.actions")));
			List<String> headers = ActionTable.headers(texts);
			Row header = actions.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(headers.get(i));
				cell.setCellStyle(styles.header);
				actions.setColumnWidth(i, ((i == 3) ? 40 : 18) * 256);
			}
			int line = 1;
			for (ActionView action : export.actions()) {
				Row row = actions.createRow(line++);
				List<Object> values = ActionTable.row(export, action, texts);
				for (int i = 0; i < values.size(); i++) {
					TypedCells.value(row, i, values.get(i), styles);
				}
			}
			actions.createFreezePane(0, 1);
			actions.setAutoFilter(new CellRangeAddress(0, Math.max(line - 1, 0), 0, headers.size() - 1));
			planSheet(workbook, export, texts, styles);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void planSheet(XSSFWorkbook workbook, PlanExport export, Texts texts, TypedCells.Styles styles) {
		Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(texts.get("planexport.sheet.plan")));
		sheet.setColumnWidth(0, 45 * 256);
		sheet.setColumnWidth(1, 45 * 256);
		PlanView plan = export.plan();
		int line = 0;
		line = pair(sheet, line, texts, styles, "planexport.plan.signatory", export.signatoryName());
		line = pair(sheet, line, texts, styles, "planexport.plan.title", plan.title());
		line = pair(sheet, line, texts, styles, "planexport.plan.kind", plan.kind().name());
		line = pair(sheet, line, texts, styles, "planexport.plan.status", plan.status().name());
		line = pair(sheet, line, texts, styles, "planexport.plan.approvalDate", plan.approvalDate());
		line = pair(sheet, line, texts, styles, "planexport.plan.approvingBody", plan.approvingBody());
		line = pair(sheet, line, texts, styles, "planexport.plan.actions", (long) export.actions().size());
		PlanTargetView target = export.target();
		if (target == null) {
			pair(sheet, line, texts, styles, "planexport.target.unavailable", export.targetProblem());
			return;
		}
		line = pair(sheet, line, texts, styles, "planexport.plan.bei", (long) target.beiYear());
		line = pair(sheet, line, texts, styles, "planexport.target.kind",
				texts.get("planexport.target.kind." + target.targetKind()));
		line = pair(sheet, line, texts, styles, "planexport.target.percent", target.targetPercent());
		line = pair(sheet, line, texts, styles, "planexport.target.year", (long) target.targetYear());
		line = pair(sheet, line, texts, styles, "planexport.target.needed", target.reductionNeeded());
		line = pair(sheet, line, texts, styles, "planexport.target.expected", target.expectedReduction());
		pair(sheet, line, texts, styles, "planexport.target.gap", target.gap());
	}

	private static int pair(Sheet sheet, int line, Texts texts, TypedCells.Styles styles, String key, Object value) {
		Row row = sheet.createRow(line);
		Cell label = row.createCell(0);
		label.setCellValue(texts.get(key));
		label.setCellStyle(styles.header);
		TypedCells.value(row, 1, value, styles);
		return line + 1;
	}

}
