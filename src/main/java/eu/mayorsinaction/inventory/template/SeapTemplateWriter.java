package eu.mayorsinaction.inventory.template;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.PlantRow;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.calculation.EmissionEngine;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Fills a copy of the SEAP template with an inventory: a BEI goes to the first inventory
 * sheet, an MEI to the second. Only input cells and Table B are written, at the positions
 * {@link SeapTemplateReader} reads; the template's layout and formulas stay, and Excel
 * recomputes the totals on opening. Table B and row M550 hold the platform's computation
 * (emissions and the factors used), so that the workbook is what the Covenant expects and
 * reading it back reproduces every number.
 */
public final class SeapTemplateWriter {

	/**
	 * @param template the template workbook (.xls or .xlsx)
	 * @param data the inventory as entered
	 * @param result its computation, or {@code null} for a draft (Table B and M550 stay
	 * empty then)
	 * @return the filled workbook, in the template's format
	 */
	public byte[] fill(byte[] template, InventoryData data, InventoryResult result) {
		try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template))) {
			List<Sheet> inventorySheets = new ArrayList<>();
			for (Sheet sheet : workbook) {
				if (new SeapTemplateLayout(sheet).isInventorySheet()) {
					inventorySheets.add(sheet);
				}
			}
			int index = (data.type() == InventoryType.MEI && inventorySheets.size() > 1) ? 1 : 0;
			Sheet sheet = inventorySheets.get(index);
			write(sheet, new SeapTemplateLayout(sheet), data, result);
			workbook.setForceFormulaRecalculation(true);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot fill the SEAP template", ex);
		}
	}

	private static void write(Sheet sheet, SeapTemplateLayout layout, InventoryData data, InventoryResult result) {
		number(sheet, layout.yearRow(), SeapTemplateLayout.YEAR_COLUMN, data.year());
		number(sheet, layout.populationRow(), SeapTemplateLayout.POPULATION_COLUMN, data.population());
		text(sheet, layout.approachRow(), SeapTemplateLayout.CHOICE_COLUMN,
				listEntry(sheet, (data.approachOrDefault() == Approach.IPCC) ? 1 : 2, "BA"));
		text(sheet, layout.unitRow(), SeapTemplateLayout.CHOICE_COLUMN,
				listEntry(sheet, (data.unitOrDefault() == EmissionUnit.CO2) ? 1 : 2, "BB"));
		for (InventoryData.ConsumptionRow row : data.consumption()) {
			layout.consumptionRow(row.sector())
				.ifPresent((line) -> number(sheet, line, row.carrier().templateColumn(), row.mwh()));
		}
		if (data.greenElectricity() != null && data.greenElectricity().mwh() != null) {
			double mwh = data.greenElectricity().mwh();
			Double tco2 = data.greenElectricity().tco2();
			layout.row(SeapTemplateLayout.GREEN_MWH)
				.ifPresent((line) -> number(sheet, line, SeapTemplateLayout.VALUE_COLUMN, mwh));
			if (mwh > 0 && tco2 != null) {
				layout.row(SeapTemplateLayout.GREEN_FACTOR)
					.ifPresent((line) -> number(sheet, line, SeapTemplateLayout.VALUE_COLUMN, tco2 / mwh));
			}
		}
		for (PlantRow plant : data.localElectricity()) {
			writePlant(sheet, layout, plant);
		}
		for (InventoryData.NonEnergyRow row : data.nonEnergy()) {
			layout.row(row.sector().templateRow())
				.ifPresent((line) -> number(sheet, line, SeapTemplateLayout.NON_ENERGY_COLUMN, row.tco2()));
		}
		if (result == null) {
			writeGivenFactors(sheet, layout, data);
			return;
		}
		for (InventoryResult.Emission emission : result.emissions()) {
			layout.emissionRow(emission.sector())
				.ifPresent((line) -> number(sheet, line, emission.carrier().templateColumn(), emission.tco2()));
		}
		layout.row(SeapTemplateLayout.OWN_FACTORS).ifPresent((line) -> {
			for (Map.Entry<Carrier, Double> factor : result.factors().carriers().entrySet()) {
				number(sheet, line, factor.getKey().templateColumn(), factor.getValue());
			}
		});
		Double national = result.factors().electricity().nationalFactor();
		layout.row(SeapTemplateLayout.NATIONAL_ELECTRICITY_FACTOR)
			.ifPresent((line) -> number(sheet, line, SeapTemplateLayout.VALUE_COLUMN, national));
	}

	/** A draft: the factors the person gave, as they gave them. */
	private static void writeGivenFactors(Sheet sheet, SeapTemplateLayout layout, InventoryData data) {
		layout.row(SeapTemplateLayout.OWN_FACTORS).ifPresent((line) -> {
			data.ownFactors().forEach((carrier, factor) -> number(sheet, line, carrier.templateColumn(), factor));
			number(sheet, line, Carrier.HEAT_COLD.templateColumn(), data.heatFactor());
		});
		layout.row(SeapTemplateLayout.NATIONAL_ELECTRICITY_FACTOR)
			.ifPresent(
					(line) -> number(sheet, line, SeapTemplateLayout.VALUE_COLUMN, data.nationalElectricityFactor()));
	}

	/**
	 * A plant in Table C (electricity) and, for heat, Table D. A CHP plant's CO2 is split
	 * between its two rows as the engine splits it; its fuel inputs go to Table C only,
	 * so that reading them back does not count them twice.
	 */
	private static void writePlant(Sheet sheet, SeapTemplateLayout layout, PlantRow plant) {
		PlantType type = plant.plant();
		double electricity = (plant.mwh() != null) ? plant.mwh() : 0;
		double heat = (plant.heatMwh() != null) ? plant.heatMwh() : 0;
		Double heatCo2 = null;
		Double electricityCo2 = plant.tco2();
		if (plant.tco2() != null && heat > 0) {
			double share = (electricity > 0 && type.producesElectricity())
					? EmissionEngine.chpHeatShare(heat, electricity) : 1.0;
			heatCo2 = plant.tco2() * share;
			electricityCo2 = plant.tco2() - heatCo2;
		}
		String heatCode = SeapTemplateLayout.HEAT_ROWS.get(type);
		boolean inputsInTableC = type.producesElectricity() && (electricity > 0 || heat == 0 || heatCode == null);
		if (inputsInTableC) {
			Integer line = layout.row(type.templateRow()).orElse(null);
			if (line != null) {
				number(sheet, line, SeapTemplateLayout.ELECTRICITY_PRODUCED, plant.mwh());
				number(sheet, line, SeapTemplateLayout.ELECTRICITY_CO2, (heat > 0) ? electricityCo2 : plant.tco2());
				inputs(sheet, line, SeapTemplateLayout.ELECTRICITY_INPUTS, plant.inputs());
			}
		}
		if (heat > 0 && heatCode != null) {
			Integer line = layout.row(heatCode).orElse(null);
			if (line != null) {
				number(sheet, line, SeapTemplateLayout.HEAT_PRODUCED, heat);
				number(sheet, line, SeapTemplateLayout.HEAT_CO2, inputsInTableC ? heatCo2 : plant.tco2());
				if (!inputsInTableC) {
					inputs(sheet, line, SeapTemplateLayout.HEAT_INPUTS, plant.inputs());
				}
			}
		}
	}

	private static void inputs(Sheet sheet, int line, List<SeapTemplateLayout.InputColumn> columns,
			Map<Carrier, Double> inputs) {
		if (inputs == null) {
			return;
		}
		for (SeapTemplateLayout.InputColumn column : columns) {
			if (column.carrier() != null && inputs.containsKey(column.carrier())) {
				number(sheet, line, column.column(), inputs.get(column.carrier()));
			}
		}
	}

	private static String listEntry(Sheet sheet, int row, String column) {
		Row line = sheet.getRow(row);
		Cell cell = (line != null) ? line.getCell(SeapTemplateLayout.column(column)) : null;
		return (cell != null && cell.getCellType() == CellType.STRING) ? cell.getStringCellValue() : null;
	}

	private static void number(Sheet sheet, int row, String column, Number value) {
		if (value != null) {
			cell(sheet, row, column).setCellValue(value.doubleValue());
		}
	}

	private static void text(Sheet sheet, int row, String column, String value) {
		if (value != null) {
			cell(sheet, row, column).setCellValue(value);
		}
	}

	private static Cell cell(Sheet sheet, int row, String column) {
		Row line = sheet.getRow(row);
		if (line == null) {
			line = sheet.createRow(row);
		}
		int index = SeapTemplateLayout.column(column);
		Cell cell = line.getCell(index);
		return (cell != null) ? cell : line.createCell(index);
	}

}
