package eu.mayorsinaction.inventory.template;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryData.GreenRow;
import eu.mayorsinaction.inventory.InventoryData.NonEnergyRow;
import eu.mayorsinaction.inventory.InventoryData.PlantRow;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.inventory.Sector;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads the inventory sheets of a Covenant SEAP template (2009 structure, {@code .xls} or
 * {@code .xlsx}, any language edition) into inventories. A sheet is an inventory sheet
 * when column A has the Table A row codes and the factor row M550, whatever the sheet is
 * called; values are found by row code and column position (see
 * {@link SeapTemplateLayout}). Nothing is guessed: a value that is not a number, is
 * negative or cannot be modelled is skipped and named in the findings.
 */
public final class SeapTemplateReader {

	/** The largest workbook accepted [bytes]. */
	public static final long MAX_BYTES = 20L * 1024 * 1024;

	/**
	 * Reads every inventory sheet with data.
	 * @throws TemplateUnreadable if the file is too large, corrupt, encrypted, or has no
	 * inventory sheet with data
	 */
	public List<TemplateSheet> read(byte[] file) {
		if (file.length > MAX_BYTES) {
			throw new TemplateUnreadable(TemplateUnreadable.TOO_LARGE, MAX_BYTES / (1024 * 1024));
		}
		if (file.length == 0) {
			throw new TemplateUnreadable(TemplateUnreadable.EMPTY);
		}
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(file))) {
			List<TemplateSheet> sheets = new ArrayList<>();
			boolean anyInventorySheet = false;
			for (Sheet sheet : workbook) {
				SeapTemplateLayout layout = new SeapTemplateLayout(sheet);
				if (!layout.isInventorySheet()) {
					continue;
				}
				anyInventorySheet = true;
				int position = sheets.size() + 1;
				TemplateSheet read = new SheetReading(sheet, layout, position).read();
				if (read.hasData()) {
					sheets.add(read);
				}
			}
			if (!anyInventorySheet) {
				throw new TemplateUnreadable(TemplateUnreadable.NO_INVENTORY);
			}
			if (sheets.isEmpty()) {
				throw new TemplateUnreadable(TemplateUnreadable.EMPTY);
			}
			return sheets;
		}
		catch (EncryptedDocumentException ex) {
			throw new TemplateUnreadable(TemplateUnreadable.ENCRYPTED);
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof TemplateUnreadable unreadable) {
				throw unreadable;
			}
			// POI signals a corrupt file, a zip bomb ("Zip bomb detected") or a wrong
			// format
			// with IOExceptions and unchecked exceptions of many kinds.
			throw new TemplateUnreadable(TemplateUnreadable.CORRUPT);
		}
	}

	/** The reading of one sheet, collecting its findings. */
	private static final class SheetReading {

		private final Sheet sheet;

		private final SeapTemplateLayout layout;

		private final int position;

		private final List<TemplateFinding> findings = new ArrayList<>();

		SheetReading(Sheet sheet, SeapTemplateLayout layout, int position) {
			this.sheet = sheet;
			this.layout = layout;
			this.position = position;
		}

		TemplateSheet read() {
			Integer year = whole(this.layout.yearRow(), SeapTemplateLayout.YEAR_COLUMN, "template.yearNotWhole");
			Integer population = whole(this.layout.populationRow(), SeapTemplateLayout.POPULATION_COLUMN,
					"template.populationNotWhole");
			Approach approach = approach();
			EmissionUnit unit = unit();
			List<ConsumptionRow> consumption = new ArrayList<>();
			Map<Sector, Map<Carrier, Double>> tableB = new EnumMap<>(Sector.class);
			for (Sector sector : Sector.values()) {
				this.layout.consumptionRow(sector).ifPresent((row) -> {
					for (Carrier carrier : Carrier.values()) {
						quantity(row, carrier.templateColumn()).ifPresent((mwh) -> consumption
							.add(new ConsumptionRow(sector, carrier, mwh, Provenance.IMPORTED, null)));
					}
				});
				this.layout.emissionRow(sector).ifPresent((row) -> {
					for (Carrier carrier : Carrier.values()) {
						quantity(row, carrier.templateColumn())
							.ifPresent((t) -> tableB.computeIfAbsent(sector, (s) -> new EnumMap<>(Carrier.class))
								.put(carrier, t));
					}
				});
			}
			GreenRow green = green();
			Map<Carrier, Double> ownFactors = new EnumMap<>(Carrier.class);
			Double heatFactor = null;
			Double statedElectricityFactor = null;
			Optional<Integer> factorRow = this.layout.row(SeapTemplateLayout.OWN_FACTORS);
			if (factorRow.isPresent()) {
				for (Carrier carrier : Carrier.values()) {
					Optional<Double> factor = quantity(factorRow.get(), carrier.templateColumn());
					if (factor.isEmpty()) {
						continue;
					}
					switch (carrier.kind()) {
						case ELECTRICITY -> statedElectricityFactor = factor.get();
						case HEAT -> heatFactor = factor.get();
						default -> ownFactors.put(carrier, factor.get());
					}
				}
			}
			Double national = this.layout.row(SeapTemplateLayout.NATIONAL_ELECTRICITY_FACTOR)
				.flatMap((row) -> quantity(row, SeapTemplateLayout.VALUE_COLUMN))
				.orElse(null);
			List<PlantRow> plants = plants();
			List<NonEnergyRow> nonEnergy = new ArrayList<>();
			for (NonEnergySector sector : NonEnergySector.values()) {
				this.layout.row(sector.templateRow())
					.flatMap((row) -> quantity(row, SeapTemplateLayout.NON_ENERGY_COLUMN))
					.ifPresent((t) -> nonEnergy.add(new NonEnergyRow(sector, t)));
			}
			InventoryType type = (this.position == 1) ? InventoryType.BEI : InventoryType.MEI;
			InventoryData data = new InventoryData(type, year, approach, unit, population, null, national, heatFactor,
					ownFactors, consumption, green, plants, null, nonEnergy, null);
			return new TemplateSheet(this.sheet.getSheetName(), this.position, data, List.copyOf(this.findings), tableB,
					statedElectricityFactor);
		}

		/** M510 (MWh) and M520 (t/MWh): the CO2 of green electricity is MWh × factor. */
		private GreenRow green() {
			Optional<Double> mwh = this.layout.row(SeapTemplateLayout.GREEN_MWH)
				.flatMap((row) -> quantity(row, SeapTemplateLayout.VALUE_COLUMN));
			if (mwh.isEmpty()) {
				return null;
			}
			double factor = this.layout.row(SeapTemplateLayout.GREEN_FACTOR)
				.flatMap((row) -> quantity(row, SeapTemplateLayout.VALUE_COLUMN))
				.orElse(0.0);
			return new GreenRow(mwh.get(), mwh.get() * factor);
		}

		/**
		 * Table C and D: a CHP or "other" plant appears in both and becomes one plant
		 * with its electricity, its heat and the CO2 of both rows; the engine splits it
		 * again.
		 */
		private List<PlantRow> plants() {
			List<PlantRow> plants = new ArrayList<>();
			for (PlantType type : PlantType.values()) {
				Double electricity = null;
				Double heat = null;
				Double co2 = null;
				Map<Carrier, Double> inputs = new EnumMap<>(Carrier.class);
				boolean unmodelled = false;
				if (type.producesElectricity()) {
					Optional<Integer> row = this.layout.row(type.templateRow());
					if (row.isPresent()) {
						electricity = quantity(row.get(), SeapTemplateLayout.ELECTRICITY_PRODUCED).orElse(null);
						co2 = quantity(row.get(), SeapTemplateLayout.ELECTRICITY_CO2).orElse(null);
						unmodelled |= inputs(row.get(), SeapTemplateLayout.ELECTRICITY_INPUTS, inputs);
					}
				}
				String heatCode = SeapTemplateLayout.HEAT_ROWS.get(type);
				if (heatCode != null) {
					Optional<Integer> row = this.layout.row(heatCode);
					if (row.isPresent()) {
						heat = quantity(row.get(), SeapTemplateLayout.HEAT_PRODUCED).orElse(null);
						Double heatCo2 = quantity(row.get(), SeapTemplateLayout.HEAT_CO2).orElse(null);
						if (heatCo2 != null) {
							co2 = (co2 != null) ? co2 + heatCo2 : heatCo2;
						}
						unmodelled |= inputs(row.get(), SeapTemplateLayout.HEAT_INPUTS, inputs);
					}
				}
				if (electricity == null && heat == null && co2 == null && inputs.isEmpty()) {
					continue;
				}
				if (unmodelled && co2 == null) {
					this.findings.add(new TemplateFinding(this.sheet.getSheetName(), type.templateRow(),
							"template.plantNeedsCo2", List.of(type.name())));
				}
				plants.add(new PlantRow(type, electricity, heat, co2, inputs.isEmpty() ? null : inputs));
			}
			return plants;
		}

		/**
		 * Adds a row's fuel inputs; answers whether it has inputs the platform does not
		 * model (steam, waste, other renewable, other), which are skipped and named.
		 */
		private boolean inputs(int row, List<SeapTemplateLayout.InputColumn> columns, Map<Carrier, Double> inputs) {
			boolean unmodelled = false;
			for (SeapTemplateLayout.InputColumn column : columns) {
				Optional<Double> mwh = quantity(row, column.column());
				if (mwh.isEmpty()) {
					continue;
				}
				if (column.carrier() == null) {
					if (mwh.get() > 0) {
						unmodelled = true;
						this.findings.add(new TemplateFinding(this.sheet.getSheetName(),
								SeapTemplateLayout.address(row, column.column()), "template.inputNotModelled",
								List.of(mwh.get())));
					}
				}
				else {
					inputs.merge(column.carrier(), mwh.get(), Double::sum);
				}
			}
			return unmodelled;
		}

		private Approach approach() {
			String text = choice(this.layout.approachRow());
			if (text == null) {
				return null;
			}
			String first = listEntry(1, "BA");
			String second = listEntry(2, "BA");
			if (text.equalsIgnoreCase(first)) {
				return Approach.IPCC;
			}
			if (text.equalsIgnoreCase(second)) {
				return Approach.LCA;
			}
			String upper = text.toUpperCase(Locale.ROOT);
			if (upper.contains("LCA")) {
				return Approach.LCA;
			}
			if (upper.contains("IPCC")) {
				return Approach.IPCC;
			}
			this.findings.add(new TemplateFinding(this.sheet.getSheetName(),
					SeapTemplateLayout.address(this.layout.approachRow(), SeapTemplateLayout.CHOICE_COLUMN),
					"template.approachUnknown", List.of(text)));
			return null;
		}

		private EmissionUnit unit() {
			String text = choice(this.layout.unitRow());
			if (text == null) {
				return null;
			}
			String first = listEntry(1, "BB");
			String second = listEntry(2, "BB");
			if (text.equalsIgnoreCase(first)) {
				return EmissionUnit.CO2;
			}
			if (text.equalsIgnoreCase(second)) {
				return EmissionUnit.CO2_EQ;
			}
			String compact = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
			if (compact.equals("CO2")) {
				return EmissionUnit.CO2;
			}
			if (compact.startsWith("CO2")) {
				return EmissionUnit.CO2_EQ;
			}
			this.findings.add(new TemplateFinding(this.sheet.getSheetName(),
					SeapTemplateLayout.address(this.layout.unitRow(), SeapTemplateLayout.CHOICE_COLUMN),
					"template.unitUnknown", List.of(text)));
			return null;
		}

		/** The text chosen in a drop-down row: in column D, or C in some editions. */
		private String choice(int row) {
			for (String column : List.of(SeapTemplateLayout.CHOICE_COLUMN, "C")) {
				Cell cell = cell(row, column);
				if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
					return cell.getStringCellValue().strip();
				}
			}
			return null;
		}

		private String listEntry(int row, String column) {
			Cell cell = cell(row, column);
			return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue().strip() : null;
		}

		private Integer whole(int row, String column, String notWhole) {
			Optional<Double> value = quantity(row, column);
			if (value.isEmpty()) {
				return null;
			}
			double number = value.get();
			if (number != Math.rint(number) || number > Integer.MAX_VALUE) {
				this.findings.add(new TemplateFinding(this.sheet.getSheetName(),
						SeapTemplateLayout.address(row, column), notWhole, List.of(number)));
				return null;
			}
			return (int) number;
		}

		/**
		 * A number of zero or more in a cell, or nothing when the cell is empty; text
		 * that is not a number and negative numbers are skipped and named.
		 */
		private Optional<Double> quantity(int row, String column) {
			Cell cell = cell(row, column);
			if (cell == null) {
				return Optional.empty();
			}
			String address = SeapTemplateLayout.address(row, column);
			CellType type = cell.getCellType();
			Double value = null;
			if (type == CellType.FORMULA) {
				type = cell.getCachedFormulaResultType();
				if (type == CellType.NUMERIC) {
					this.findings.add(new TemplateFinding(this.sheet.getSheetName(), address,
							"template.formulaValueUsed", List.of(cell.getCellFormula())));
				}
			}
			switch (type) {
				case NUMERIC -> value = cell.getNumericCellValue();
				case STRING -> {
					String text = cell.getStringCellValue().strip().replace("\u00a0", "").replace(" ", "");
					if (text.isEmpty()) {
						return Optional.empty();
					}
					if (text.matches("-?\\d+(\\.\\d+)?")) {
						value = Double.valueOf(text);
						this.findings.add(new TemplateFinding(this.sheet.getSheetName(), address,
								"template.numberAsText", List.of(text)));
					}
					else {
						this.findings.add(new TemplateFinding(this.sheet.getSheetName(), address, "template.notANumber",
								List.of(cell.getStringCellValue().strip())));
						return Optional.empty();
					}
				}
				case BLANK -> {
					return Optional.empty();
				}
				default -> {
					this.findings.add(new TemplateFinding(this.sheet.getSheetName(), address, "template.notANumber",
							List.of(type.name())));
					return Optional.empty();
				}
			}
			if (value < 0 || value.isNaN() || value.isInfinite()) {
				this.findings
					.add(new TemplateFinding(this.sheet.getSheetName(), address, "template.negative", List.of(value)));
				return Optional.empty();
			}
			return Optional.of(value);
		}

		private Cell cell(int row, String column) {
			Row line = this.sheet.getRow(row);
			return (line != null) ? line.getCell(SeapTemplateLayout.column(column)) : null;
		}

	}

}
