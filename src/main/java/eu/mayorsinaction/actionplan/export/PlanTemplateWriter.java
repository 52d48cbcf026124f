package eu.mayorsinaction.actionplan.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Fills the action-plan sheet of a copy of the Covenant's 2009 SEAP template with a plan.
 * The sheet is the one whose column A holds the field-of-action codes (M10 … M211) and
 * the totals code M580; rows are found by those codes, never by the (translated) labels
 * or fixed addresses. The layout found in the shipped template
 * ({@code reference/seap-template-2009-it.xls}, sheet "Piano di azione - SEAP"):
 * <ul>
 * <li>marker "1)" in column A (row 6): the plan's title in column B of the next row (B7,
 * merged B–J); two rows further (row 9) the date of formal approval in D (a date cell)
 * and the approving body in I (merged I–K).</li>
 * <li>a main-field row per field (M10, M30, M110, M130, M150, M170, M190, M210): the
 * label in B, blue, locked; columns K–O are empty in the template, here the sums of all
 * the field's actions; P, Q, R (green, to fill) are the per-sector targets for energy
 * saving [MWh], renewable production [MWh] and CO2 reduction [t]; S of the first main row
 * is the "comparison base" of the CO2 reduction.</li>
 * <li>five rows {@code a}–{@code e} per sub-field (M11a … M11e): the sub-field's label in
 * B of its {@code a} row only (the template has no separate sub-field row, so a
 * sub-field's sums go to the notes sheet); C (merged C–F) key action, G (merged G–H)
 * responsible department, person or company, I start and J end of implementation (dates:
 * the template's validation asks for a date after 1 January 2000), K (merged K–L)
 * estimated cost [EUR], M expected energy saving [MWh/a], N expected renewable production
 * [MWh/a], O expected CO2 reduction [t/a].</li>
 * <li>row M580 "TOTAL": K the total cost, P–R the totals of the per-sector columns (M–O
 * hold the merged label).</li>
 * </ul>
 * What is written: per sub-field the first five actions (key measures first, then by
 * expected CO2 reduction) in its {@code a}–{@code e} rows; main-field rows and M580 the
 * sums of all actions (cancelled ones are neither listed nor summed, as in the plan
 * against its target); P–R the plan's own expected figures per field, since the platform
 * keeps one target for the whole plan. A sub-field with more than five actions gets a
 * comment on its {@code e} row, and a notes sheet lists every sub-field with its count
 * and sums, the plan's target figures and what was left out.
 */
final class PlanTemplateWriter {

	static final String TOTALS = "M580";

	static final String TITLE_MARKER = "1)";

	static final int LISTED = 5;

	static final String TITLE = "B";

	static final String APPROVAL_DATE = "D";

	static final String APPROVING_BODY = "I";

	static final String ACTION = "C";

	static final String RESPONSIBLE = "G";

	static final String START = "I";

	static final String END = "J";

	static final String COST = "K";

	static final String ENERGY = "M";

	static final String RENEWABLE = "N";

	static final String CO2 = "O";

	static final String SECTOR_ENERGY = "P";

	static final String SECTOR_RENEWABLE = "Q";

	static final String SECTOR_CO2 = "R";

	static final String COMPARISON_BASE = "S";

	private static final String DATE_FORMAT = "yyyy-mm-dd";

	private static final String NUMBER_FORMAT = "#,##0.00";

	/**
	 * @param template the SEAP template workbook (.xls)
	 * @return the filled copy, in the template's format
	 * @throws IllegalStateException if the workbook has no action-plan sheet
	 */
	byte[] fill(byte[] template, PlanExport export, Texts texts) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
			Sheet sheet = actionPlanSheet(workbook)
				.orElseThrow(() -> new IllegalStateException("the template has no action-plan sheet"));
			new Filler(workbook, sheet, export, texts).fill();
			workbook.setForceFormulaRecalculation(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot fill the SEAP template", ex);
		}
	}

	/** The sheet whose column A has the field codes and the totals row. */
	static Optional<Sheet> actionPlanSheet(Workbook workbook) {
		for (Sheet sheet : workbook) {
			Map<String, Integer> codes = codeRows(sheet);
			if (codes.containsKey("M10") && codes.containsKey("M11A") && codes.containsKey(TOTALS)) {
				return Optional.of(sheet);
			}
		}
		return Optional.empty();
	}

	/** The rows by their code in column A (upper case). */
	static Map<String, Integer> codeRows(Sheet sheet) {
		Map<String, Integer> rows = new HashMap<>();
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				String code = cell.getStringCellValue().strip().toUpperCase(Locale.ROOT);
				if (!code.isEmpty()) {
					rows.putIfAbsent(code, row.getRowNum());
				}
			}
		}
		return rows;
	}

	/**
	 * Sums of a group of actions: cost [EUR], energy and renewable [MWh/a], CO2 [t/a].
	 */
	static final class Sums {

		double cost;

		double energy;

		double renewable;

		double co2;

		int actions;

		int withoutCo2;

		void add(ActionView action, Double co2) {
			this.actions++;
			this.cost += (action.estimatedCostEur() != null) ? action.estimatedCostEur() : 0;
			this.energy += PlanExport.energySaving(action);
			this.renewable += (action.renewableMwh() != null) ? action.renewableMwh() : 0;
			if (co2 != null) {
				this.co2 += co2;
			}
			else {
				this.withoutCo2++;
			}
		}

		void add(Sums other) {
			this.actions += other.actions;
			this.cost += other.cost;
			this.energy += other.energy;
			this.renewable += other.renewable;
			this.co2 += other.co2;
			this.withoutCo2 += other.withoutCo2;
		}

	}

	private static final class Filler {

		private final Workbook workbook;

		private final Sheet sheet;

		private final PlanExport export;

		private final Texts texts;

		private final Map<String, Integer> rows;

		private final Map<String, CellStyle> styles = new HashMap<>();

		private final String notesName;

		private Drawing<?> drawing;

		Filler(Workbook workbook, Sheet sheet, PlanExport export, Texts texts) {
			this.workbook = workbook;
			this.sheet = sheet;
			this.export = export;
			this.texts = texts;
			this.rows = codeRows(sheet);
			this.notesName = sheetName(workbook, texts.get("planexport.sheet.info"));
		}

		void fill() {
			writePlan();
			Map<FieldOfAction, Sums> bySubField = new LinkedHashMap<>();
			Map<String, Sums> byMainField = new LinkedHashMap<>();
			Sums total = new Sums();
			for (FieldOfAction field : FieldOfAction.values()) {
				List<ActionView> counted = this.export.counted(field);
				Sums sums = new Sums();
				for (int i = 0; i < counted.size(); i++) {
					ActionView action = counted.get(i);
					Double co2 = this.export.reduction(action);
					sums.add(action, co2);
					if (i < LISTED) {
						writeAction(field.code() + (char) ('A' + i), action, co2);
					}
				}
				if (counted.size() > LISTED) {
					comment(field.code() + "E",
							this.texts.get("planexport.template.more", counted.size() - LISTED, this.notesName));
				}
				bySubField.put(field, sums);
				byMainField.computeIfAbsent(field.mainField(), (code) -> new Sums()).add(sums);
				total.add(sums);
			}
			byMainField.entrySet().removeIf((entry) -> entry.getValue().actions == 0);
			byMainField.forEach((code, sums) -> row(code).ifPresent((line) -> {
				number(line, COST, sums.cost);
				number(line, ENERGY, sums.energy);
				number(line, RENEWABLE, sums.renewable);
				number(line, CO2, sums.co2);
				number(line, SECTOR_ENERGY, sums.energy);
				number(line, SECTOR_RENEWABLE, sums.renewable);
				number(line, SECTOR_CO2, sums.co2);
			}));
			row(TOTALS).ifPresent((line) -> {
				number(line, COST, total.cost);
				number(line, SECTOR_ENERGY, total.energy);
				number(line, SECTOR_RENEWABLE, total.renewable);
				number(line, SECTOR_CO2, total.co2);
			});
			writeNotes(bySubField, total);
		}

		private void writePlan() {
			PlanView plan = this.export.plan();
			row(TITLE_MARKER).ifPresent((marker) -> {
				text(marker + 1, TITLE, plan.title());
				date(marker + 3, APPROVAL_DATE, plan.approvalDate());
				text(marker + 3, APPROVING_BODY, plan.approvingBody());
			});
			PlanTargetView target = this.export.target();
			if (target != null) {
				row(FieldOfAction.M11.mainField()).ifPresent((line) -> text(line, COMPARISON_BASE, this.texts
					.get("planexport.target.base." + target.targetKind(), String.valueOf(target.beiYear()))));
			}
		}

		private void writeAction(String code, ActionView action, Double co2) {
			row(code).ifPresent((line) -> {
				text(line, ACTION, action.title());
				text(line, RESPONSIBLE, action.responsible());
				date(line, START, action.startDate());
				date(line, END, action.endDate());
				number(line, COST, action.estimatedCostEur());
				number(line, ENERGY, PlanExport.energySaving(action));
				number(line, RENEWABLE, action.renewableMwh());
				number(line, CO2, co2);
			});
		}

		/**
		 * The notes sheet: the plan, its target figures, and every sub-field with
		 * actions: how many count, how many are listed, their sums.
		 */
		private void writeNotes(Map<FieldOfAction, Sums> bySubField, Sums total) {
			Sheet notes = this.workbook.createSheet(this.notesName);
			CellStyle bold = boldStyle();
			int line = 0;
			PlanView plan = this.export.plan();
			line = pair(notes, line, "planexport.plan.signatory", this.export.signatoryName());
			line = pair(notes, line, "planexport.plan.title", plan.title());
			line = pair(notes, line, "planexport.plan.kind", plan.kind().name());
			line = pair(notes, line, "planexport.plan.status", plan.status().name());
			line = pair(notes, line, "planexport.plan.approvalDate",
					(plan.approvalDate() != null) ? plan.approvalDate().toString() : null);
			line = pair(notes, line, "planexport.plan.approvingBody", plan.approvingBody());
			PlanTargetView target = this.export.target();
			if (target != null) {
				line = pair(notes, line, "planexport.plan.bei", target.beiYear());
				line = pair(notes, line, "planexport.target.kind",
						this.texts.get("planexport.target.kind." + target.targetKind()));
				line = pair(notes, line, "planexport.target.percent", target.targetPercent());
				line = pair(notes, line, "planexport.target.year", target.targetYear());
				line = pair(notes, line, "planexport.target.needed", target.reductionNeeded());
				line = pair(notes, line, "planexport.target.expected", target.expectedReduction());
				line = pair(notes, line, "planexport.target.gap", target.gap());
			}
			else {
				line = pair(notes, line, "planexport.target.unavailable", this.export.targetProblem());
			}
			line++;
			note(notes, line++, this.texts.get("planexport.info.sectorTargets"));
			note(notes, line++, this.texts.get("planexport.info.cancelled", this.export.cancelled()));
			if (total.withoutCo2 > 0) {
				note(notes, line++, this.texts.get("planexport.info.noCo2", total.withoutCo2));
			}
			line++;
			String[] headers = { "planexport.info.field", "planexport.info.actions", "planexport.info.listed",
					"planexport.column.estimatedCost", "planexport.column.energySaving", "planexport.column.renewable",
					"planexport.column.co2", "planexport.info.note" };
			Row header = notes.createRow(line++);
			for (int i = 0; i < headers.length; i++) {
				Cell cell = header.createCell(i);
				cell.setCellValue(this.texts.get(headers[i]));
				cell.setCellStyle(bold);
			}
			for (Map.Entry<FieldOfAction, Sums> entry : bySubField.entrySet()) {
				Sums sums = entry.getValue();
				if (sums.actions == 0) {
					continue;
				}
				Row row = notes.createRow(line++);
				row.createCell(0).setCellValue(entry.getKey().code());
				row.createCell(1).setCellValue(sums.actions);
				row.createCell(2).setCellValue(Math.min(sums.actions, LISTED));
				row.createCell(3).setCellValue(sums.cost);
				row.createCell(4).setCellValue(sums.energy);
				row.createCell(5).setCellValue(sums.renewable);
				row.createCell(6).setCellValue(sums.co2);
				if (sums.actions > LISTED) {
					row.createCell(7).setCellValue(this.texts.get("planexport.info.more", sums.actions));
				}
			}
			Row totals = notes.createRow(line);
			totals.createCell(0).setCellValue(TOTALS);
			totals.createCell(1).setCellValue(total.actions);
			totals.createCell(3).setCellValue(total.cost);
			totals.createCell(4).setCellValue(total.energy);
			totals.createCell(5).setCellValue(total.renewable);
			totals.createCell(6).setCellValue(total.co2);
			notes.setColumnWidth(0, 40 * 256);
			notes.setColumnWidth(1, 40 * 256);
			for (int i = 2; i < 7; i++) {
				notes.setColumnWidth(i, 18 * 256);
			}
		}

		private int pair(Sheet notes, int line, String key, Object value) {
			Row row = notes.createRow(line);
			row.createCell(0).setCellValue(this.texts.get(key));
			if (value instanceof Number number) {
				row.createCell(1).setCellValue(number.doubleValue());
			}
			else if (value != null) {
				row.createCell(1).setCellValue(value.toString());
			}
			return line + 1;
		}

		private void note(Sheet notes, int line, String text) {
			notes.createRow(line).createCell(0).setCellValue(text);
		}

		private CellStyle boldStyle() {
			Font font = this.workbook.createFont();
			font.setBold(true);
			CellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			return style;
		}

		private void comment(String code, String text) {
			row(code).ifPresent((line) -> {
				if (this.drawing == null) {
					// the sheet's own drawing (the template's logo and a shape), kept: a
					// new
					// one would replace it
					Drawing<?> existing = this.sheet.getDrawingPatriarch();
					this.drawing = (existing != null) ? existing : this.sheet.createDrawingPatriarch();
				}
				CreationHelper helper = this.workbook.getCreationHelper();
				ClientAnchor anchor = helper.createClientAnchor();
				int column = CellReference.convertColStringToIndex(ACTION);
				anchor.setCol1(column + 1);
				anchor.setCol2(column + 5);
				anchor.setRow1(line);
				anchor.setRow2(line + 4);
				Comment comment = this.drawing.createCellComment(anchor);
				comment.setString(helper.createRichTextString(text));
				cell(line, ACTION).setCellComment(comment);
			});
		}

		private Optional<Integer> row(String code) {
			return Optional.ofNullable(this.rows.get(code.toUpperCase(Locale.ROOT)));
		}

		private void text(int row, String column, String value) {
			if (value != null && !value.isBlank()) {
				cell(row, column).setCellValue(value);
			}
		}

		private void number(int row, String column, Double value) {
			if (value != null) {
				Cell cell = cell(row, column);
				cell.setCellValue(value);
				format(cell, NUMBER_FORMAT);
			}
		}

		private void date(int row, String column, LocalDate value) {
			if (value != null) {
				Cell cell = cell(row, column);
				cell.setCellValue(value);
				format(cell, DATE_FORMAT);
			}
		}

		/** The cell's own style (fill, borders, lock) with a number format. */
		private void format(Cell cell, String format) {
			CellStyle original = cell.getCellStyle();
			String key = original.getIndex() + "|" + format;
			CellStyle style = this.styles.computeIfAbsent(key, (k) -> {
				CellStyle created = this.workbook.createCellStyle();
				created.cloneStyleFrom(original);
				created.setDataFormat(this.workbook.createDataFormat().getFormat(format));
				return created;
			});
			cell.setCellStyle(style);
		}

		private Cell cell(int row, String column) {
			Row line = this.sheet.getRow(row);
			if (line == null) {
				line = this.sheet.createRow(row);
			}
			int index = CellReference.convertColStringToIndex(column);
			Cell cell = line.getCell(index);
			return (cell != null) ? cell : line.createCell(index);
		}

		private static String sheetName(Workbook workbook, String wanted) {
			String name = WorkbookUtil.createSafeSheetName(wanted);
			String candidate = name;
			for (int i = 2; workbook.getSheet(candidate) != null; i++) {
				candidate = WorkbookUtil.createSafeSheetName(name + " " + i);
			}
			return candidate;
		}

	}

}
