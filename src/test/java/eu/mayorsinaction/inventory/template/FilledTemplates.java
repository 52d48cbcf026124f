package eu.mayorsinaction.inventory.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The shipped SEAP template filled with literal figures by cell address (not through the
 * reader's layout), for the reader's and the import API's tests.
 */
public final class FilledTemplates {

	static final String TEMPLATE = "/reference/seap-template-2009-it.xls";

	/** The cells filled on the first inventory sheet (PB1-10). */
	static final Set<String> FILLED = Set.of("D7", "J8", "D11", "D14", "E29", "F29", "G29", "C31", "H38", "C42", "C43",
			"R64", "E69", "C70", "C80", "O80", "C81", "D81", "I81", "O81", "C92", "N92", "E52", "C54");

	private FilledTemplates() {
	}

	/**
	 * The template filled by address. The first sheet: year beiYear (2008 in the tests of
	 * the reader), 27,000 inhabitants, the IPCC and CO2 entries of the drop-down lists;
	 * Table A natural gas 1,000 MWh (E29), electricity 2,000 MWh (C31), diesel 10,000 MWh
	 * (H38), "n/a" (F29) and -5 (G29); green electricity 500 MWh at 0 t/MWh; waste 500 t
	 * (R64); natural gas factor 0.202 (E69); NEEFE 0.4 (C70); PV 1,000 MWh at 0 t; CHP
	 * 3,500 MWh electricity from 10,000 MWh gas and 200 MWh steam, 1,235.53 t, and 5,000
	 * MWh heat, 784.47 t; Table B 202 t (E52) and 700 t (C54). The second sheet (its rows
	 * one higher): meiYear, natural gas 800 MWh (E28), biofuel 50 MWh in public transport
	 * (N36 — under the label that sheet's Table B swaps).
	 */
	public static byte[] filled(boolean blankLabels, boolean asXlsx, int beiYear, int meiYear) throws IOException {
		try (Workbook workbook = asXlsx ? toXlsx(template())
				: WorkbookFactory.create(new ByteArrayInputStream(template()))) {
			Sheet first = workbook.getSheetAt(1);
			Sheet second = workbook.getSheetAt(2);
			set(first, "D7", beiYear);
			set(first, "J8", 27000);
			set(first, "D11", text(first, "BA2"));
			set(first, "D14", text(first, "BB2"));
			set(first, "E29", 1000);
			set(first, "F29", "n/a");
			set(first, "G29", -5);
			set(first, "C31", 2000);
			set(first, "H38", 10000);
			set(first, "C42", 500);
			set(first, "C43", 0);
			set(first, "R64", 500);
			set(first, "E69", 0.202);
			set(first, "C70", 0.4);
			set(first, "C80", 1000);
			set(first, "O80", 0);
			set(first, "C81", 3500);
			set(first, "D81", 10000);
			set(first, "I81", 200);
			set(first, "O81", 1235.53);
			set(first, "C92", 5000);
			set(first, "N92", 784.47);
			set(first, "E52", 202);
			set(first, "C54", 700);
			set(second, "D7", meiYear);
			set(second, "E28", 800);
			set(second, "N36", 50);
			if (blankLabels) {
				for (Sheet sheet : workbook) {
					blankLabels(sheet, (sheet == first) ? FILLED : Set.of("D7"));
				}
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					workbook.setSheetName(i, "Sheet " + (i + 1));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * Every text outside column A (the codes) and outside the filled cells is emptied.
	 */
	private static void blankLabels(Sheet sheet, Set<String> keep) {
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getColumnIndex() > 0 && cell.getCellType() == CellType.STRING
						&& !keep.contains(cell.getAddress().formatAsString())) {
					cell.setBlank();
				}
			}
		}
	}

	public static byte[] template() throws IOException {
		try (InputStream in = FilledTemplates.class.getResourceAsStream(TEMPLATE)) {
			return in.readAllBytes();
		}
	}

	/** The same workbook as .xlsx: every sheet's cells copied (values, not styles). */
	private static Workbook toXlsx(byte[] xls) throws IOException {
		XSSFWorkbook target = new XSSFWorkbook();
		try (Workbook source = WorkbookFactory.create(new ByteArrayInputStream(xls))) {
			for (Sheet sheet : source) {
				Sheet copy = target.createSheet(sheet.getSheetName());
				for (Row row : sheet) {
					Row line = copy.createRow(row.getRowNum());
					for (Cell cell : row) {
						Cell to = line.createCell(cell.getColumnIndex());
						switch (cell.getCellType()) {
							case STRING -> to.setCellValue(cell.getStringCellValue());
							case NUMERIC -> to.setCellValue(cell.getNumericCellValue());
							case FORMULA -> to.setCellFormula(cell.getCellFormula());
							default -> {
							}
						}
					}
				}
			}
		}
		return target;
	}

	private static String text(Sheet sheet, String address) {
		CellReference reference = new CellReference(address);
		return sheet.getRow(reference.getRow()).getCell(reference.getCol()).getStringCellValue();
	}

	static void set(Sheet sheet, String address, Object value) {
		CellReference reference = new CellReference(address);
		Row row = sheet.getRow(reference.getRow());
		if (row == null) {
			row = sheet.createRow(reference.getRow());
		}
		Cell cell = row.getCell(reference.getCol());
		if (cell == null) {
			cell = row.createCell(reference.getCol());
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else {
			cell.setCellValue((String) value);
		}
	}

}
