package eu.mayorsinaction.inventory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.FactorsUsed;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.LocaleNumbers;

import org.springframework.context.MessageSource;

/**
 * What the inventory pages show, prepared in the person's language so that the templates
 * only place texts: the grid's rows, columns and cells, the totals of a computation,
 * translated failures.
 */
public final class InventoryPagesModel implements InventoryForm.Labels {

	private final MessageSource messages;

	private final Locale locale;

	private final LocaleNumbers numbers;

	InventoryPagesModel(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.numbers = new LocaleNumbers(locale);
	}

	LocaleNumbers numbers() {
		return this.numbers;
	}

	String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, this.locale);
	}

	String sector(Sector sector) {
		return message("inventory.sector." + sector.name());
	}

	String carrier(Carrier carrier) {
		return message("inventory.carrier." + carrier.name());
	}

	// Labels of the form

	@Override
	public String field(String name) {
		return message("inventory.field." + name);
	}

	@Override
	public String cell(Sector sector, Carrier carrier) {
		return sector(sector) + " / " + carrier(carrier);
	}

	@Override
	public String ownFactor(Carrier carrier) {
		return message("inventory.grid.ownFactorOf", carrier(carrier));
	}

	@Override
	public String plantRow(int number) {
		return message("inventory.plants.row", String.valueOf(number));
	}

	@Override
	public String nonEnergy(NonEnergySector sector) {
		return message("inventory.nonEnergy." + sector.name());
	}

	@Override
	public String notANumber(String label, String text) {
		return message("inventory.notANumber", label, text);
	}

	@Override
	public String notAWholeNumber(String label, String text) {
		return message("inventory.notAWholeNumber", label, text);
	}

	@Override
	public String negative(String label) {
		return message("inventory.negativeAt", label);
	}

	@Override
	public String unknownChoice(String text) {
		return message("inventory.unknownChoice", text);
	}

	/**
	 * The translated text of a failure, with codes among its arguments (carriers,
	 * sectors, plant types) named in the person's language.
	 */
	String failure(BusinessException ex) {
		return failure(ex.code(), ex.arguments());
	}

	String failure(String code, Object[] arguments) {
		Object[] named = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			named[i] = name(arguments[i]);
		}
		return message(code, named);
	}

	private Object name(Object argument) {
		if (argument instanceof Double || argument instanceof Float) {
			return this.numbers.format((Number) argument, 2);
		}
		if (argument instanceof Number number) {
			return String.valueOf(number);
		}
		if (argument instanceof String text) {
			for (Carrier carrier : Carrier.values()) {
				if (carrier.name().equals(text)) {
					return carrier(carrier);
				}
			}
			for (Sector sector : Sector.values()) {
				if (sector.name().equals(text)) {
					return sector(sector);
				}
			}
			for (PlantType plant : PlantType.values()) {
				if (plant.name().equals(text)) {
					return message("inventory.plant." + plant.name());
				}
			}
			for (NonEnergySector sector : NonEnergySector.values()) {
				if (sector.name().equals(text)) {
					return nonEnergy(sector);
				}
			}
		}
		return argument;
	}

	// The grid

	public record Column(String carrier, String label, String factor, boolean fuel, String ownName, String ownId,
			String ownValue, String ownError, String ownLabel) {
	}

	/**
	 * One input of the grid with every attribute worked out, so that the template only
	 * places them (165 cells: no string work per cell in the template).
	 */
	public record Cell(String key, String id, String name, String value, String provenance, String note, String error,
			String label, String provenanceName, String provenanceId, String noteName, String noteId, String errorId,
			String invalid) {

		public boolean filled() {
			return !this.value.isEmpty();
		}

	}

	public record Row(String sector, String label, String code, boolean core, List<Cell> cells) {
	}

	/**
	 * The columns of Table A with the factor of each carrier: fuels from the factor set
	 * (or the inventory's own), electricity and heat as computed for this inventory when
	 * known.
	 */
	List<Column> columns(FactorSet set, InventoryResult result, InventoryForm form, Map<String, String> errors) {
		List<Column> columns = new ArrayList<>();
		for (Carrier carrier : Carrier.values()) {
			String factor;
			boolean fuel = carrier.kind() != Carrier.Kind.ELECTRICITY && carrier.kind() != Carrier.Kind.HEAT;
			if (fuel) {
				double value = set.fuelFactor(carrier);
				factor = Double.isNaN(value) ? message("inventory.grid.factorNone") : this.numbers.factor(value);
			}
			else {
				Double value = (result == null) ? null
						: (carrier == Carrier.ELECTRICITY) ? result.electricityFactor() : result.heatFactor();
				factor = (value != null) ? this.numbers.factor(value) : message("inventory.grid.factorComputed");
			}
			String name = "ownFactor." + carrier.name();
			columns.add(new Column(carrier.name(), carrier(carrier), factor, fuel, name, "own-" + carrier.name(),
					form.ownFactor.getOrDefault(carrier, ""), errors.get(name), ownFactor(carrier)));
		}
		return columns;
	}

	List<Row> rows(InventoryForm form, Map<String, String> errors) {
		List<Row> rows = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			String sectorLabel = sector(sector);
			List<Cell> cells = new ArrayList<>(Carrier.values().length);
			for (Carrier carrier : Carrier.values()) {
				String key = InventoryForm.cell(sector, carrier);
				String name = "mwh." + key;
				String id = "c-" + sector.name() + "-" + carrier.name();
				String error = errors.get(name);
				cells.add(new Cell(key, id, name, form.mwh.getOrDefault(key, ""), form.provenance.getOrDefault(key, ""),
						form.note.getOrDefault(key, ""), error,
						message("inventory.grid.cellLabel", sectorLabel, carrier(carrier)), "provenance." + key,
						"p-" + id, "note." + key, "n-" + id, (error != null) ? id + "-error" : null,
						(error != null) ? "true" : null));
			}
			rows.add(new Row(sector.name(), sectorLabel, sector.templateRow(), sector.core(), cells));
		}
		return rows;
	}

	/** The filled cells of a form as "sector / carrier: value" lines. */
	List<String> cells(InventoryForm form) {
		List<String> lines = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			for (Carrier carrier : Carrier.values()) {
				String value = form.mwh.get(InventoryForm.cell(sector, carrier));
				if (value != null) {
					lines.add(cell(sector, carrier) + ": " + value);
				}
			}
		}
		return lines;
	}

	// Totals

	public record Figure(String label, String value) {
	}

	public record Totals(String energy, String nonEnergy, String total, String perCapita, List<Figure> bySector,
			List<Figure> byGroup, List<Figure> byCarrier, List<Figure> byNonEnergy, String electricityFactor,
			String heatFactor, List<String> electricityNotes, String heatNote, boolean perCapitaKnown) {
	}

	Totals totals(InventoryResult result) {
		List<Figure> bySector = new ArrayList<>();
		result.bySector().forEach((sector, t) -> bySector.add(new Figure(sector(sector), this.numbers.tonnes(t))));
		List<Figure> byGroup = new ArrayList<>();
		result.byGroup()
			.forEach((group, t) -> byGroup
				.add(new Figure(message("inventory.sectorGroup." + group.name()), this.numbers.tonnes(t))));
		List<Figure> byCarrier = new ArrayList<>();
		result.byCarrier().forEach((carrier, t) -> byCarrier.add(new Figure(carrier(carrier), this.numbers.tonnes(t))));
		List<Figure> byNonEnergy = new ArrayList<>();
		result.byNonEnergySector()
			.forEach((sector, t) -> byNonEnergy.add(new Figure(nonEnergy(sector), this.numbers.tonnes(t))));
		FactorsUsed.ElectricityFactor efe = result.factors().electricity();
		List<String> electricityNotes = new ArrayList<>();
		if (efe.nationalFactor() != null) {
			if (efe.nationalFactorGiven()) {
				electricityNotes
					.add(message("inventory.view.nationalFactorGiven", this.numbers.factor(efe.nationalFactor())));
			}
			else {
				electricityNotes.add(message("inventory.view.nationalFactor", this.numbers.factor(efe.nationalFactor()),
						String.valueOf(result.input().country()), String.valueOf(efe.nationalFactorYear())));
				if (efe.nationalFactorOtherYear()) {
					electricityNotes.add(message("inventory.view.nationalFactorOtherYear"));
				}
			}
		}
		if (efe.netExporter()) {
			electricityNotes.add(message("inventory.view.netExporter"));
		}
		FactorsUsed.HeatFactor efh = result.factors().heat();
		String heatNote = (efh.value() == null) ? null
				: message(efh.given() ? "inventory.view.heatFactorGiven" : "inventory.view.heatFactorComputed");
		Double perCapita = result.perCapita();
		return new Totals(this.numbers.tonnes(result.energy()), this.numbers.tonnes(result.nonEnergy()),
				this.numbers.tonnes(result.total()),
				(perCapita != null) ? this.numbers.format(perCapita, 3) : message("inventory.totals.noPopulation"),
				bySector, byGroup, byCarrier, byNonEnergy,
				(efe.value() != null) ? this.numbers.factor(efe.value()) : null,
				(efh.value() != null) ? this.numbers.factor(efh.value()) : null, electricityNotes, heatNote,
				perCapita != null);
	}

	public record Source(String cell, String provenance, String note) {
	}

	/** The cells that say where their value comes from or carry a note. */
	List<Source> sources(InventoryData data) {
		List<Source> sources = new ArrayList<>();
		for (InventoryData.ConsumptionRow row : data.consumption()) {
			if (row.provenance() != null || row.note() != null) {
				sources.add(new Source(cell(row.sector(), row.carrier()),
						(row.provenance() != null) ? message("inventory.provenance." + row.provenance().name()) : "",
						(row.note() != null) ? row.note() : ""));
			}
		}
		return sources;
	}

	// The read-only grids

	public record ViewRow(String label, List<String> values, String total) {
	}

	/** Table A as stored, in MWh, and its emissions in t, rows with values only. */
	List<ViewRow> mwhRows(InventoryData data) {
		double[][] grid = new double[Sector.values().length][Carrier.values().length];
		boolean[] used = new boolean[Sector.values().length];
		for (InventoryData.ConsumptionRow row : data.consumption()) {
			if (row.mwh() != null) {
				grid[row.sector().ordinal()][row.carrier().ordinal()] += row.mwh();
				used[row.sector().ordinal()] = true;
			}
		}
		return viewRows(grid, used, 0);
	}

	List<ViewRow> tco2Rows(InventoryResult result) {
		double[][] grid = new double[Sector.values().length][Carrier.values().length];
		boolean[] used = new boolean[Sector.values().length];
		for (InventoryResult.Emission emission : result.emissions()) {
			grid[emission.sector().ordinal()][emission.carrier().ordinal()] += emission.tco2();
			used[emission.sector().ordinal()] = true;
		}
		return viewRows(grid, used, 2);
	}

	private List<ViewRow> viewRows(double[][] grid, boolean[] used, int decimals) {
		List<ViewRow> rows = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			if (!used[sector.ordinal()] && !sector.core()) {
				continue;
			}
			List<String> values = new ArrayList<>();
			double total = 0;
			for (Carrier carrier : Carrier.values()) {
				double value = grid[sector.ordinal()][carrier.ordinal()];
				total += value;
				values.add((value == 0) ? "" : this.numbers.format(value, (decimals == 0) ? 6 : decimals));
			}
			rows.add(new ViewRow(sector(sector), values, this.numbers.format(total, (decimals == 0) ? 6 : decimals)));
		}
		return rows;
	}

}
