package eu.mayorsinaction.inventory.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.LocaleNumbers;

/**
 * The entry form of an inventory exactly as typed (texts, so that a value in error comes
 * back unchanged), read from the request parameters, and its conversion to
 * {@link InventoryData} with the numbers read in the person's language. The parameter
 * names are the field names of the page: {@code mwh.RESIDENTIAL_BUILDINGS.NATURAL_GAS},
 * {@code plant[0].heatMwh}, {@code nonEnergy.WASTE}, …
 */
public final class InventoryForm {

	static final int MIN_PLANT_ROWS = 3;

	static final int MAX_PLANT_ROWS = 50;

	String type = "";

	String year = "";

	String approach = "";

	String unit = "";

	String population = "";

	String country = "";

	String nationalElectricityFactor = "";

	String heatFactor = "";

	String version = "";

	final Map<String, String> mwh = new LinkedHashMap<>();

	final Map<String, String> provenance = new LinkedHashMap<>();

	final Map<String, String> note = new LinkedHashMap<>();

	final Map<Carrier, String> ownFactor = new EnumMap<>(Carrier.class);

	String greenMwh = "";

	String greenTco2 = "";

	final List<PlantForm> plants = new ArrayList<>();

	String heatProduced = "";

	String heatImported = "";

	String heatExported = "";

	final Map<NonEnergySector, String> nonEnergy = new EnumMap<>(NonEnergySector.class);

	/** One row of Table C/D as typed. */
	public static final class PlantForm {

		String plant = "";

		String mwh = "";

		String heatMwh = "";

		String tco2 = "";

		boolean blank() {
			return this.mwh.isBlank() && this.heatMwh.isBlank() && this.tco2.isBlank();
		}

		public String getPlant() {
			return this.plant;
		}

		public String getMwh() {
			return this.mwh;
		}

		public String getHeatMwh() {
			return this.heatMwh;
		}

		public String getTco2() {
			return this.tco2;
		}

	}

	public String getType() {
		return this.type;
	}

	public String getYear() {
		return this.year;
	}

	public String getApproach() {
		return this.approach;
	}

	public String getUnit() {
		return this.unit;
	}

	public String getPopulation() {
		return this.population;
	}

	public String getCountry() {
		return this.country;
	}

	public String getNationalElectricityFactor() {
		return this.nationalElectricityFactor;
	}

	public String getHeatFactor() {
		return this.heatFactor;
	}

	public String getVersion() {
		return this.version;
	}

	public String getGreenMwh() {
		return this.greenMwh;
	}

	public String getGreenTco2() {
		return this.greenTco2;
	}

	public String getHeatProduced() {
		return this.heatProduced;
	}

	public String getHeatImported() {
		return this.heatImported;
	}

	public String getHeatExported() {
		return this.heatExported;
	}

	public List<PlantForm> getPlants() {
		return this.plants;
	}

	public Map<NonEnergySector, String> getNonEnergy() {
		return this.nonEnergy;
	}

	static String cell(Sector sector, Carrier carrier) {
		return sector.name() + "." + carrier.name();
	}

	static InventoryForm blank() {
		InventoryForm form = new InventoryForm();
		form.type = InventoryType.BEI.name();
		form.approach = Approach.IPCC.name();
		form.unit = EmissionUnit.CO2.name();
		form.padPlants();
		return form;
	}

	/** The form of a stored inventory, numbers written in the person's language. */
	static InventoryForm of(InventoryData data, int version, LocaleNumbers numbers) {
		InventoryForm form = new InventoryForm();
		form.type = name(data.type());
		form.year = (data.year() != null) ? String.valueOf(data.year()) : "";
		form.approach = name(data.approachOrDefault());
		form.unit = name(data.unitOrDefault());
		form.population = numbers.input(data.population());
		form.country = (data.country() != null) ? data.country() : "";
		form.nationalElectricityFactor = numbers.input(data.nationalElectricityFactor());
		form.heatFactor = numbers.input(data.heatFactor());
		form.version = String.valueOf(version);
		for (InventoryData.ConsumptionRow row : data.consumption()) {
			String key = cell(row.sector(), row.carrier());
			form.mwh.put(key, numbers.input(row.mwh()));
			if (row.provenance() != null) {
				form.provenance.put(key, row.provenance().name());
			}
			if (row.note() != null) {
				form.note.put(key, row.note());
			}
		}
		data.ownFactors().forEach((carrier, factor) -> form.ownFactor.put(carrier, numbers.input(factor)));
		if (data.greenElectricity() != null) {
			form.greenMwh = numbers.input(data.greenElectricity().mwh());
			form.greenTco2 = numbers.input(data.greenElectricity().tco2());
		}
		for (InventoryData.PlantRow row : data.localElectricity()) {
			PlantForm plant = new PlantForm();
			plant.plant = name(row.plant());
			plant.mwh = numbers.input(row.mwh());
			plant.heatMwh = numbers.input(row.heatMwh());
			plant.tco2 = numbers.input(row.tco2());
			form.plants.add(plant);
		}
		if (data.localHeat() != null) {
			form.heatProduced = numbers.input(data.localHeat().producedTco2());
			form.heatImported = numbers.input(data.localHeat().importedTco2());
			form.heatExported = numbers.input(data.localHeat().exportedTco2());
		}
		for (InventoryData.NonEnergyRow row : data.nonEnergy()) {
			form.nonEnergy.put(row.sector(), numbers.input(row.tco2()));
		}
		form.padPlants();
		return form;
	}

	/** The form as posted; unknown parameters are ignored. */
	static InventoryForm read(Map<String, String[]> parameters) {
		InventoryForm form = new InventoryForm();
		form.type = value(parameters, "type");
		form.year = value(parameters, "year");
		form.approach = value(parameters, "approach");
		form.unit = value(parameters, "unit");
		form.population = value(parameters, "population");
		form.country = value(parameters, "country");
		form.nationalElectricityFactor = value(parameters, "nationalElectricityFactor");
		form.heatFactor = value(parameters, "heatFactor");
		form.version = value(parameters, "version");
		for (Sector sector : Sector.values()) {
			for (Carrier carrier : Carrier.values()) {
				String key = cell(sector, carrier);
				putIfGiven(form.mwh, key, value(parameters, "mwh." + key));
				putIfGiven(form.provenance, key, value(parameters, "provenance." + key));
				putIfGiven(form.note, key, value(parameters, "note." + key));
			}
		}
		for (Carrier carrier : Carrier.values()) {
			String own = value(parameters, "ownFactor." + carrier.name());
			if (!own.isBlank()) {
				form.ownFactor.put(carrier, own);
			}
		}
		form.greenMwh = value(parameters, "greenElectricity.mwh");
		form.greenTco2 = value(parameters, "greenElectricity.tco2");
		for (int i = 0; i < MAX_PLANT_ROWS && parameters.containsKey("plant[" + i + "].plant"); i++) {
			PlantForm plant = new PlantForm();
			plant.plant = value(parameters, "plant[" + i + "].plant");
			plant.mwh = value(parameters, "plant[" + i + "].mwh");
			plant.heatMwh = value(parameters, "plant[" + i + "].heatMwh");
			plant.tco2 = value(parameters, "plant[" + i + "].tco2");
			form.plants.add(plant);
		}
		form.heatProduced = value(parameters, "localHeat.producedTco2");
		form.heatImported = value(parameters, "localHeat.importedTco2");
		form.heatExported = value(parameters, "localHeat.exportedTco2");
		for (NonEnergySector sector : NonEnergySector.values()) {
			String tco2 = value(parameters, "nonEnergy." + sector.name());
			if (!tco2.isBlank()) {
				form.nonEnergy.put(sector, tco2);
			}
		}
		form.padPlants();
		return form;
	}

	void addPlantRow() {
		if (this.plants.size() < MAX_PLANT_ROWS) {
			this.plants.add(new PlantForm());
		}
	}

	private void padPlants() {
		while (this.plants.size() < MIN_PLANT_ROWS) {
			this.plants.add(new PlantForm());
		}
	}

	/**
	 * Reads the typed texts as an inventory. Every text that is not a number of the
	 * person's language is reported on its field; the domain's own rules are checked when
	 * it is saved.
	 */
	Parsed parse(LocaleNumbers numbers, Labels labels) {
		Parsed parsed = new Parsed();
		Reader reader = new Reader(numbers, labels, parsed);
		InventoryType inventoryType = reader.choice("type", this.type, InventoryType.class);
		Integer inventoryYear = reader.year("year", this.year);
		Approach inventoryApproach = reader.choice("approach", this.approach, Approach.class);
		EmissionUnit inventoryUnit = reader.choice("unit", this.unit, EmissionUnit.class);
		Integer inventoryPopulation = reader.whole("population", labels.field("population"), this.population);
		String inventoryCountry = this.country.isBlank() ? null
				: this.country.strip().toUpperCase(java.util.Locale.ROOT);
		Double neefe = reader.number("nationalElectricityFactor", labels.field("nationalElectricityFactor"),
				this.nationalElectricityFactor);
		Double efh = reader.number("heatFactor", labels.field("heatFactor"), this.heatFactor);
		Map<Carrier, Double> own = new EnumMap<>(Carrier.class);
		this.ownFactor.forEach((carrier, text) -> {
			Double factor = reader.number("ownFactor." + carrier.name(), labels.ownFactor(carrier), text);
			if (factor != null) {
				own.put(carrier, factor);
			}
		});
		List<InventoryData.ConsumptionRow> rows = new ArrayList<>();
		for (Sector sector : Sector.values()) {
			for (Carrier carrier : Carrier.values()) {
				String key = cell(sector, carrier);
				String text = this.mwh.getOrDefault(key, "");
				String source = this.provenance.getOrDefault(key, "");
				String remark = this.note.getOrDefault(key, "");
				if (text.isBlank() && source.isBlank() && remark.isBlank()) {
					continue;
				}
				Double value = reader.number("mwh." + key, labels.cell(sector, carrier), text);
				Provenance from = reader.choice("provenance." + key, source, Provenance.class);
				parsed.consumptionFields.add(key);
				rows.add(new InventoryData.ConsumptionRow(sector, carrier, value, from,
						remark.isBlank() ? null : remark.strip()));
			}
		}
		InventoryData.GreenRow green = null;
		if (!this.greenMwh.isBlank() || !this.greenTco2.isBlank()) {
			green = new InventoryData.GreenRow(
					reader.number("greenElectricity.mwh", labels.field("green.mwh"), this.greenMwh),
					reader.number("greenElectricity.tco2", labels.field("green.tco2"), this.greenTco2));
		}
		List<InventoryData.PlantRow> plantRows = new ArrayList<>();
		for (int i = 0; i < this.plants.size(); i++) {
			PlantForm plant = this.plants.get(i);
			if (plant.blank()) {
				continue;
			}
			String at = "plant[" + i + "]";
			String row = labels.plantRow(i + 1);
			parsed.plantFields.add(at);
			plantRows.add(new InventoryData.PlantRow(reader.choice(at + ".plant", plant.plant, PlantType.class),
					reader.number(at + ".mwh", row + " / " + labels.field("plants.mwh"), plant.mwh),
					reader.number(at + ".heatMwh", row + " / " + labels.field("plants.heatMwh"), plant.heatMwh),
					reader.number(at + ".tco2", row + " / " + labels.field("plants.tco2"), plant.tco2), null));
		}
		InventoryData.HeatRow heat = null;
		if (!this.heatProduced.isBlank() || !this.heatImported.isBlank() || !this.heatExported.isBlank()) {
			heat = new InventoryData.HeatRow(
					reader.number("localHeat.producedTco2", labels.field("heat.produced"), this.heatProduced),
					reader.number("localHeat.importedTco2", labels.field("heat.imported"), this.heatImported),
					reader.number("localHeat.exportedTco2", labels.field("heat.exported"), this.heatExported));
		}
		List<InventoryData.NonEnergyRow> others = new ArrayList<>();
		this.nonEnergy.forEach((sector, text) -> {
			Double tco2 = reader.number("nonEnergy." + sector.name(), labels.nonEnergy(sector), text);
			parsed.nonEnergyFields.add("nonEnergy." + sector.name());
			others.add(new InventoryData.NonEnergyRow(sector, tco2));
		});
		Integer read = this.version.isBlank() ? null : reader.whole("version", "version", this.version);
		parsed.data = new InventoryData(inventoryType, inventoryYear, inventoryApproach, inventoryUnit,
				inventoryPopulation, inventoryCountry, neefe, efh, own, rows, green, plantRows, heat, others, read);
		return parsed;
	}

	/** What the typed texts hold: the data, or the fields that are not numbers. */
	static final class Parsed {

		InventoryData data;

		final Map<String, String> errors = new LinkedHashMap<>();

		/** The cell key of each consumption row, in the order of the data. */
		final List<String> consumptionFields = new ArrayList<>();

		final List<String> plantFields = new ArrayList<>();

		final List<String> nonEnergyFields = new ArrayList<>();

		boolean ok() {
			return this.errors.isEmpty();
		}

		/**
		 * The field of the page a field of {@link InventoryData} (as named by
		 * {@link InvalidInput} or an engine failure) is shown at, or {@code null} for the
		 * form as a whole.
		 */
		String pageField(String dataField) {
			if (dataField == null) {
				return null;
			}
			java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(\\w+))?.*")
				.matcher(dataField);
			if (indexed.matches()) {
				int index = Integer.parseInt(indexed.group(2));
				String part = indexed.group(3);
				switch (indexed.group(1)) {
					case "consumption":
						if (index >= this.consumptionFields.size()) {
							return null;
						}
						String key = this.consumptionFields.get(index);
						return ("note".equals(part) ? "note." : "provenance".equals(part) ? "provenance." : "mwh.")
								+ key;
					case "localElectricity":
						if (index >= this.plantFields.size()) {
							return null;
						}
						String plant = this.plantFields.get(index);
						return plant + "." + (("plant".equals(part) || "mwh".equals(part) || "heatMwh".equals(part))
								? part : "tco2");
					case "nonEnergy":
						return (index < this.nonEnergyFields.size()) ? this.nonEnergyFields.get(index) : null;
					default:
						return null;
				}
			}
			if (dataField.startsWith("ownFactors.")) {
				return "ownFactor." + dataField.substring("ownFactors.".length());
			}
			return switch (dataField) {
				case "type", "year", "approach", "unit", "population", "country", "nationalElectricityFactor",
						"heatFactor", "greenElectricity.mwh", "greenElectricity.tco2", "localHeat.producedTco2",
						"localHeat.importedTco2", "localHeat.exportedTco2" ->
					dataField;
				default -> null;
			};
		}

		/** The engine's input for a live preview (valid numbers only). */
		InventoryInput input(String signatoryCountry) {
			InventoryData d = this.data;
			List<InventoryInput.Consumption> rows = new ArrayList<>();
			for (InventoryData.ConsumptionRow row : d.consumption()) {
				if (row.mwh() != null) {
					rows.add(new InventoryInput.Consumption(row.sector(), row.carrier(), row.mwh()));
				}
			}
			InventoryInput.GreenElectricity green = (d.greenElectricity() != null && d.greenElectricity().mwh() != null)
					? new InventoryInput.GreenElectricity(d.greenElectricity().mwh(),
							orZero(d.greenElectricity().tco2()))
					: null;
			List<InventoryInput.Plant> plants = new ArrayList<>();
			for (InventoryData.PlantRow row : d.localElectricity()) {
				if (row.plant() != null) {
					plants.add(new InventoryInput.Plant(row.plant(), orZero(row.mwh()), orZero(row.heatMwh()),
							row.tco2(), null));
				}
			}
			InventoryInput.LocalHeat heat = (d.localHeat() != null)
					? new InventoryInput.LocalHeat(orZero(d.localHeat().producedTco2()),
							orZero(d.localHeat().importedTco2()), orZero(d.localHeat().exportedTco2()))
					: null;
			List<InventoryInput.NonEnergy> others = new ArrayList<>();
			for (InventoryData.NonEnergyRow row : d.nonEnergy()) {
				if (row.tco2() != null) {
					others.add(new InventoryInput.NonEnergy(row.sector(), row.tco2()));
				}
			}
			String usedCountry = (d.country() != null) ? d.country() : signatoryCountry;
			int usedYear = (d.year() != null) ? d.year() : java.time.Year.now().getValue();
			return new InventoryInput(usedYear, d.approachOrDefault(), d.unitOrDefault(),
					(d.population() != null && d.population() > 0) ? d.population().doubleValue() : null,
					(usedCountry != null && (usedCountry.length() == 2 || FactorSet.EU_AVERAGE.equals(usedCountry)))
							? usedCountry : signatoryCountry,
					d.nationalElectricityFactor(), d.heatFactor(), d.ownFactors(), rows, green, plants, heat, others);
		}

		private static double orZero(Double value) {
			return (value != null) ? value : 0;
		}

	}

	/** Translated names of the fields, for messages that name a cell. */
	interface Labels {

		String field(String name);

		String cell(Sector sector, Carrier carrier);

		String ownFactor(Carrier carrier);

		String plantRow(int number);

		String nonEnergy(NonEnergySector sector);

		String notANumber(String label, String text);

		String notAWholeNumber(String label, String text);

		String negative(String label);

		String unknownChoice(String text);

	}

	/** Reads the texts one by one, reporting each that is not what its field expects. */
	private record Reader(LocaleNumbers numbers, Labels labels, Parsed parsed) {

		Double number(String field, String label, String text) {
			try {
				Double value = this.numbers.parse(text);
				if (value != null && (value < 0 || !Double.isFinite(value))) {
					this.parsed.errors.put(field, this.labels.negative(label));
				}
				return value;
			}
			catch (NumberFormatException ex) {
				this.parsed.errors.put(field, this.labels.notANumber(label, text.strip()));
				return null;
			}
		}

		Integer whole(String field, String label, String text) {
			try {
				return this.numbers.parseWhole(text);
			}
			catch (NumberFormatException ex) {
				this.parsed.errors.put(field, this.labels.notAWholeNumber(label, text.strip()));
				return null;
			}
		}

		Integer year(String field, String text) {
			if (text == null || text.isBlank()) {
				return null;
			}
			String digits = text.strip();
			if (!digits.matches("\\d{1,4}")) {
				this.parsed.errors.put(field, this.labels.notAWholeNumber(this.labels.field("year"), digits));
				return null;
			}
			return Integer.valueOf(digits);
		}

		<E extends Enum<E>> E choice(String field, String text, Class<E> type) {
			if (text == null || text.isBlank()) {
				return null;
			}
			try {
				return Enum.valueOf(type, text.strip());
			}
			catch (IllegalArgumentException ex) {
				this.parsed.errors.put(field, this.labels.unknownChoice(text.strip()));
				return null;
			}
		}

	}

	private static String value(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values != null && values.length > 0 && values[0] != null) ? values[0] : "";
	}

	private static void putIfGiven(Map<String, String> map, String key, String value) {
		if (!value.isBlank()) {
			map.put(key, value);
		}
	}

	private static String name(Enum<?> value) {
		return (value != null) ? value.name() : "";
	}

}
