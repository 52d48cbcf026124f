package eu.mayorsinaction.inventory.template;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * Where the values of an inventory sheet of the Covenant's 2009 SEAP template are, found
 * the way the domain brief asks: by the row codes in column A and by column positions,
 * never by the (translated) labels. The rows without a code — inventory year, population,
 * approach, unit — are found by the section markers "1)" and "2)" in column A, else by
 * the drop-down lists of approach and unit, else at their place in the shipped template.
 * Reader and writer share this class, so that an export re-imports to the same numbers.
 */
final class SeapTemplateLayout {

	/** Table C (electricity) columns of the fuel inputs, from D. */
	static final List<InputColumn> ELECTRICITY_INPUTS = List.of(new InputColumn("D", Carrier.NATURAL_GAS),
			new InputColumn("E", Carrier.LIQUID_GAS), new InputColumn("F", Carrier.HEATING_OIL),
			new InputColumn("G", Carrier.LIGNITE), new InputColumn("H", Carrier.COAL), new InputColumn("I", null),
			new InputColumn("J", null), new InputColumn("K", Carrier.PLANT_OIL),
			new InputColumn("L", Carrier.OTHER_BIOMASS), new InputColumn("M", null), new InputColumn("N", null));

	static final String ELECTRICITY_PRODUCED = "C";

	static final String ELECTRICITY_CO2 = "O";

	/** Table D (heat) columns of the fuel inputs, from D (no steam column). */
	static final List<InputColumn> HEAT_INPUTS = List.of(new InputColumn("D", Carrier.NATURAL_GAS),
			new InputColumn("E", Carrier.LIQUID_GAS), new InputColumn("F", Carrier.HEATING_OIL),
			new InputColumn("G", Carrier.LIGNITE), new InputColumn("H", Carrier.COAL), new InputColumn("I", null),
			new InputColumn("J", Carrier.PLANT_OIL), new InputColumn("K", Carrier.OTHER_BIOMASS),
			new InputColumn("L", null), new InputColumn("M", null));

	static final String HEAT_PRODUCED = "C";

	static final String HEAT_CO2 = "N";

	/** The column of the non-energy emissions (rows M91–M93). */
	static final String NON_ENERGY_COLUMN = "R";

	/** The column of the single values of rows M510, M520, M560. */
	static final String VALUE_COLUMN = "C";

	static final String YEAR_COLUMN = "D";

	static final String POPULATION_COLUMN = "J";

	static final String CHOICE_COLUMN = "D";

	static final String GREEN_MWH = "M510";

	static final String GREEN_FACTOR = "M520";

	static final String OWN_FACTORS = "M550";

	static final String NATIONAL_ELECTRICITY_FACTOR = "M560";

	/**
	 * Table D rows of the plants that also appear in Table C, and of district heating.
	 */
	static final Map<PlantType, String> HEAT_ROWS = Map.of(PlantType.CHP, "M131", PlantType.DISTRICT_HEATING, "M132",
			PlantType.OTHER, "M135");

	/**
	 * A fuel input column of Table C or D: the carrier of the platform, or {@code null}
	 * for inputs the platform does not model (steam, waste, other renewable, other).
	 */
	record InputColumn(String column, Carrier carrier) {
	}

	private final Sheet sheet;

	private final Map<String, Integer> codeRows = new HashMap<>();

	SeapTemplateLayout(Sheet sheet) {
		this.sheet = sheet;
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING) {
				String code = cell.getStringCellValue().strip().toUpperCase(Locale.ROOT);
				if (!code.isEmpty()) {
					this.codeRows.putIfAbsent(code, row.getRowNum());
				}
			}
		}
	}

	/** An inventory sheet has the rows of Table A and the factor row. */
	boolean isInventorySheet() {
		return this.codeRows.containsKey("M11") && this.codeRows.containsKey(OWN_FACTORS);
	}

	Optional<Integer> row(String code) {
		return Optional.ofNullable(this.codeRows.get(code));
	}

	/**
	 * The Table A row of a sector of the template; the optional later sectors have none.
	 */
	Optional<Integer> consumptionRow(Sector sector) {
		return (sector.templateRow() != null) ? row(sector.templateRow()) : Optional.empty();
	}

	/** The Table B row of a sector: M11 → M51, M31 → M71 (the code + 40). */
	Optional<Integer> emissionRow(Sector sector) {
		if (sector.templateRow() == null) {
			return Optional.empty();
		}
		return row("M" + (Integer.parseInt(sector.templateRow().substring(1)) + 40));
	}

	int yearRow() {
		return marker("1)").orElseGet(() -> approachRow() - 4);
	}

	int populationRow() {
		return yearRow() + 1;
	}

	int approachRow() {
		return marker("2)").map((row) -> row + 1).orElseGet(() -> validationRow("$BA$").orElse(10));
	}

	int unitRow() {
		return marker("2)").map((row) -> row + 4).orElseGet(() -> validationRow("$BB$").orElse(13));
	}

	private Optional<Integer> marker(String text) {
		return Optional.ofNullable(this.codeRows.get(text));
	}

	/** The row of the drop-down whose list is in column BA (approach) or BB (unit). */
	private Optional<Integer> validationRow(String listColumn) {
		for (DataValidation validation : this.sheet.getDataValidations()) {
			String formula = validation.getValidationConstraint().getFormula1();
			if (formula != null && formula.toUpperCase(Locale.ROOT).startsWith(listColumn)) {
				return Optional.of(validation.getRegions().getCellRangeAddresses()[0].getFirstRow());
			}
		}
		return Optional.empty();
	}

	static int column(String letters) {
		return CellReference.convertColStringToIndex(letters);
	}

	/** A cell's address as the person sees it in the workbook, e.g. {@code E29}. */
	static String address(int row, String column) {
		return column + (row + 1);
	}

}
