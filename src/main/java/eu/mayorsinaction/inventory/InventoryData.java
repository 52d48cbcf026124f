package eu.mayorsinaction.inventory;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.shared.Countries;
import eu.mayorsinaction.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A signatory's inventory as entered: quantities in MWh, emissions in t, factors in
 * t/MWh, codes as in the Covenant's template; the rows have the field names of the
 * stateless calculation endpoint.
 *
 * @param type BEI or MEI
 * @param year the inventory year, 1990 to this year
 * @param approach IPCC (default) or LCA
 * @param unit CO2 (default) or CO2_EQ
 * @param population the population in the inventory year, above zero, or {@code null}
 * @param country the country of the national electricity factor, or {@code null} for the
 * signatory's
 * @param nationalElectricityFactor NEEFE, else the factor set's for country and year
 * @param heatFactor the heat factor, else EFH from the local heat data and plants
 * @param ownFactors the inventory's own factors per fuel carrier
 * @param consumption Table A
 * @param greenElectricity certified green electricity purchased, or {@code null}
 * @param localElectricity local plants (Table C/D)
 * @param localHeat local heat production, import and export, or {@code null}
 * @param nonEnergy non-energy emissions
 * @param version the version read, for an update ({@code null} for a creation)
 */
@Schema(description = "An emission inventory as entered")
public record InventoryData(@Schema(description = "BEI or MEI") InventoryType type,
		@Schema(description = "inventory year, 1990 to this year", example = "2010") Integer year,
		@Schema(description = "IPCC (default) or LCA") Approach approach,
		@Schema(description = "CO2 (default) or CO2_EQ") EmissionUnit unit,
		@Schema(description = "population in the inventory year, above zero") Integer population,
		@Schema(description = "country of the national electricity factor (ISO code or EU28); default: the signatory's",
				example = "IT") String country,
		@Schema(description = "NEEFE [t/MWh]; else the factor set's") Double nationalElectricityFactor,
		@Schema(description = "heat factor [t/MWh]; else computed from localHeat and the plants") Double heatFactor,
		Map<Carrier, Double> ownFactors, List<ConsumptionRow> consumption, GreenRow greenElectricity,
		List<PlantRow> localElectricity, HeatRow localHeat, List<NonEnergyRow> nonEnergy,
		@Schema(description = "the version read; required for an update") Integer version) {

	static final int FIRST_YEAR = 1990;

	/** One cell of Table A, where its value comes from and a note. */
	public record ConsumptionRow(Sector sector, Carrier carrier, @Schema(description = "MWh, zero or more") Double mwh,
			Provenance provenance, @Schema(maxLength = 500) String note) {
	}

	public record GreenRow(Double mwh, Double tco2) {
	}

	/**
	 * A local plant: electricity produced ({@code mwh}), heat produced ({@code heatMwh}),
	 * CO2 given ({@code tco2}) or computed from the fuel inputs (MWh per carrier).
	 */
	public record PlantRow(PlantType plant, Double mwh, Double heatMwh, Double tco2, Map<Carrier, Double> inputs) {
	}

	public record HeatRow(Double producedTco2, Double importedTco2, Double exportedTco2) {
	}

	public record NonEnergyRow(NonEnergySector sector, Double tco2) {
	}

	public List<ConsumptionRow> consumption() {
		return (this.consumption != null) ? this.consumption : List.of();
	}

	public List<PlantRow> localElectricity() {
		return (this.localElectricity != null) ? this.localElectricity : List.of();
	}

	public List<NonEnergyRow> nonEnergy() {
		return (this.nonEnergy != null) ? this.nonEnergy : List.of();
	}

	public Map<Carrier, Double> ownFactors() {
		return (this.ownFactors != null) ? this.ownFactors : Map.of();
	}

	public Approach approachOrDefault() {
		return (this.approach != null) ? this.approach : Approach.IPCC;
	}

	public EmissionUnit unitOrDefault() {
		return (this.unit != null) ? this.unit : EmissionUnit.CO2;
	}

	/**
	 * Every rule the data breaks, all at once.
	 * @throws InvalidInput naming each field at fault
	 */
	void validate(Year now) {
		InputChecks checks = new InputChecks();
		checks.present("type", this.type);
		if (this.year == null) {
			checks.fault("year", "inventory.required");
		}
		else if (this.year < FIRST_YEAR || this.year > now.getValue()) {
			checks.fault("year", "inventory.yearOutOfRange", String.valueOf(FIRST_YEAR),
					String.valueOf(now.getValue()));
		}
		if (this.population != null && this.population <= 0) {
			checks.fault("population", "inventory.populationNotPositive");
		}
		if (this.country != null && !Countries.isValid(this.country) && !FactorSet.EU_AVERAGE.equals(this.country)) {
			checks.fault("country", "inventory.unknownCountry", this.country);
		}
		checks.optional("nationalElectricityFactor", this.nationalElectricityFactor);
		checks.optional("heatFactor", this.heatFactor);
		checks.fuels("ownFactors", ownFactors());
		Set<String> cells = new HashSet<>();
		for (int i = 0; i < consumption().size(); i++) {
			ConsumptionRow row = consumption().get(i);
			String at = "consumption[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".sector", row.sector()) & checks.present(at + ".carrier", row.carrier())
					& checks.quantity(at + ".mwh", row.mwh());
			if (row.note() != null && row.note().length() > 500) {
				checks.fault(at + ".note", "inventory.noteTooLong", "500");
			}
			if (ok && !cells.add(row.sector() + "/" + row.carrier())) {
				checks.fault(at, "inventory.duplicateCell", row.sector().name(), row.carrier().name());
			}
		}
		if (this.greenElectricity != null) {
			checks.quantity("greenElectricity.mwh", this.greenElectricity.mwh());
			checks.optional("greenElectricity.tco2", this.greenElectricity.tco2());
		}
		for (int i = 0; i < localElectricity().size(); i++) {
			PlantRow row = localElectricity().get(i);
			String at = "localElectricity[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".plant", row.plant()) & checks.optional(at + ".mwh", row.mwh())
					& checks.optional(at + ".heatMwh", row.heatMwh()) & checks.optional(at + ".tco2", row.tco2())
					& checks.fuels(at + ".inputs", row.inputs());
			if (ok && InputChecks.orZero(row.mwh()) > 0 && !row.plant().producesElectricity()) {
				checks.fault(at + ".mwh", "inventory.plantWithoutElectricity", row.plant().name());
			}
			else if (ok && InputChecks.orZero(row.heatMwh()) > 0 && !row.plant().producesHeat()) {
				checks.fault(at + ".heatMwh", "inventory.plantWithoutHeat", row.plant().name());
			}
		}
		if (this.localHeat != null) {
			checks.optional("localHeat.producedTco2", this.localHeat.producedTco2());
			checks.optional("localHeat.importedTco2", this.localHeat.importedTco2());
			checks.optional("localHeat.exportedTco2", this.localHeat.exportedTco2());
		}
		Set<NonEnergySector> sectors = new HashSet<>();
		for (int i = 0; i < nonEnergy().size(); i++) {
			NonEnergyRow row = nonEnergy().get(i);
			String at = "nonEnergy[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".sector", row.sector()) & checks.quantity(at + ".tco2", row.tco2());
			if (ok && !sectors.add(row.sector())) {
				checks.fault(at + ".sector", "inventory.duplicateNonEnergy", row.sector().name());
			}
		}
		checks.throwIfAny();
	}

	/** The engine's input (after {@link #validate}), with the country decided. */
	InventoryInput toInput(String countryToUse) {
		List<InventoryInput.Consumption> rows = consumption().stream()
			.map((row) -> new InventoryInput.Consumption(row.sector(), row.carrier(), row.mwh()))
			.toList();
		InventoryInput.GreenElectricity green = (this.greenElectricity != null) ? new InventoryInput.GreenElectricity(
				this.greenElectricity.mwh(), InputChecks.orZero(this.greenElectricity.tco2())) : null;
		List<InventoryInput.Plant> plants = localElectricity().stream()
			.map((row) -> new InventoryInput.Plant(row.plant(), InputChecks.orZero(row.mwh()),
					InputChecks.orZero(row.heatMwh()), row.tco2(), row.inputs()))
			.toList();
		InventoryInput.LocalHeat heat = (this.localHeat != null) ? new InventoryInput.LocalHeat(
				InputChecks.orZero(this.localHeat.producedTco2()), InputChecks.orZero(this.localHeat.importedTco2()),
				InputChecks.orZero(this.localHeat.exportedTco2())) : null;
		List<InventoryInput.NonEnergy> others = nonEnergy().stream()
			.map((row) -> new InventoryInput.NonEnergy(row.sector(), row.tco2()))
			.toList();
		return new InventoryInput(this.year, approachOrDefault(), unitOrDefault(),
				(this.population != null) ? this.population.doubleValue() : null, countryToUse,
				this.nationalElectricityFactor, this.heatFactor, ownFactors(), rows, green, plants, heat, others);
	}

}
