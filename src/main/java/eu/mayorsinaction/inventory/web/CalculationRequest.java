package eu.mayorsinaction.inventory.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InputChecks;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.shared.Countries;
import eu.mayorsinaction.shared.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * An inventory to compute, as external tools send it: quantities in MWh, emissions in t,
 * factors in t/MWh; codes as in the Covenant's template.
 */
@Schema(description = "An inventory to compute (nothing is stored)")
record CalculationRequest(@Schema(description = "inventory year, 1990 to this year", example = "2010") Integer year,
		@Schema(description = "IPCC (default) or LCA") Approach approach,
		@Schema(description = "CO2 (default) or CO2_EQ") EmissionUnit unit,
		@Schema(description = "population in the inventory year; per capita figures need it") Double population,
		@Schema(description = "ISO 3166 country code of the national electricity factor, or EU28 for the EU average",
				example = "IT") String country,
		@Schema(description = "NEEFE [t/MWh]; else the factor set's for country and year (nearest year)") Double nationalElectricityFactor,
		@Schema(description = "heat factor [t/MWh]; else computed from localHeat and the plants") Double heatFactor,
		@Schema(description = "the inventory's own factors per fuel carrier [t/MWh], before the factor set's") Map<Carrier, Double> ownFactors,
		@Schema(description = "Table A: final energy consumption") List<ConsumptionRow> consumption,
		@Schema(description = "certified green electricity purchased") GreenRow greenElectricity,
		@Schema(description = "Table C/D: local plants") List<PlantRow> localElectricity,
		@Schema(description = "local heat: CO2 of heat produced (besides the plants), imported, exported") HeatRow localHeat,
		@Schema(description = "non-energy emissions (waste, wastewater, other)") List<NonEnergyRow> nonEnergy,
		@Schema(description = "the signatory's commitment is per capita: a population above zero is required") Boolean perCapitaCommitment) {

	static final int FIRST_YEAR = 1990;

	/** One cell of Table A. */
	record ConsumptionRow(Sector sector, Carrier carrier, @Schema(description = "MWh, zero or more") Double mwh) {
	}

	record GreenRow(Double mwh, Double tco2) {
	}

	/**
	 * A local plant: electricity produced ({@code mwh}), heat produced ({@code heatMwh},
	 * for CHP), CO2 given ({@code tco2}) or computed from fuel inputs (MWh per carrier).
	 */
	record PlantRow(PlantType plant, Double mwh, Double heatMwh, Double tco2, Map<Carrier, Double> inputs) {
	}

	record HeatRow(Double producedTco2, Double importedTco2, Double exportedTco2) {
	}

	record NonEnergyRow(NonEnergySector sector, Double tco2) {
	}

	/**
	 * The engine's input, or every field at fault at once.
	 * @throws InvalidInput naming each field at fault
	 */
	InventoryInput toInput(Year now) {
		InputChecks checks = new InputChecks();
		if (this.year == null) {
			checks.fault("year", "inventory.required");
		}
		else if (this.year < FIRST_YEAR || this.year > now.getValue()) {
			checks.fault("year", "inventory.yearOutOfRange", String.valueOf(FIRST_YEAR),
					String.valueOf(now.getValue()));
		}
		if (this.country != null && !Countries.isValid(this.country) && !FactorSet.EU_AVERAGE.equals(this.country)) {
			checks.fault("country", "inventory.unknownCountry", this.country);
		}
		checks.optional("population", this.population);
		checks.optional("nationalElectricityFactor", this.nationalElectricityFactor);
		checks.optional("heatFactor", this.heatFactor);
		checks.fuels("ownFactors", this.ownFactors);
		List<InventoryInput.Consumption> rows = new ArrayList<>();
		List<ConsumptionRow> consumptionRows = (this.consumption != null) ? this.consumption : List.of();
		for (int i = 0; i < consumptionRows.size(); i++) {
			ConsumptionRow row = consumptionRows.get(i);
			String at = "consumption[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".sector", row.sector()) & checks.present(at + ".carrier", row.carrier())
					& checks.quantity(at + ".mwh", row.mwh());
			if (ok) {
				rows.add(new InventoryInput.Consumption(row.sector(), row.carrier(), row.mwh()));
			}
		}
		InventoryInput.GreenElectricity green = null;
		if (this.greenElectricity != null) {
			boolean ok = checks.quantity("greenElectricity.mwh", this.greenElectricity.mwh())
					& checks.optional("greenElectricity.tco2", this.greenElectricity.tco2());
			if (ok) {
				green = new InventoryInput.GreenElectricity(this.greenElectricity.mwh(),
						InputChecks.orZero(this.greenElectricity.tco2()));
			}
		}
		List<InventoryInput.Plant> plants = new ArrayList<>();
		List<PlantRow> plantRows = (this.localElectricity != null) ? this.localElectricity : List.of();
		for (int i = 0; i < plantRows.size(); i++) {
			PlantRow row = plantRows.get(i);
			String at = "localElectricity[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".plant", row.plant()) & checks.optional(at + ".mwh", row.mwh())
					& checks.optional(at + ".heatMwh", row.heatMwh()) & checks.optional(at + ".tco2", row.tco2())
					& checks.fuels(at + ".inputs", row.inputs());
			if (ok && InputChecks.orZero(row.mwh()) > 0 && !row.plant().producesElectricity()) {
				ok = checks.fault(at + ".mwh", "inventory.plantWithoutElectricity", row.plant().name());
			}
			if (ok && InputChecks.orZero(row.heatMwh()) > 0 && !row.plant().producesHeat()) {
				ok = checks.fault(at + ".heatMwh", "inventory.plantWithoutHeat", row.plant().name());
			}
			if (ok) {
				plants.add(new InventoryInput.Plant(row.plant(), InputChecks.orZero(row.mwh()),
						InputChecks.orZero(row.heatMwh()), row.tco2(), row.inputs()));
			}
		}
		InventoryInput.LocalHeat heat = null;
		if (this.localHeat != null) {
			boolean ok = checks.optional("localHeat.producedTco2", this.localHeat.producedTco2())
					& checks.optional("localHeat.importedTco2", this.localHeat.importedTco2())
					& checks.optional("localHeat.exportedTco2", this.localHeat.exportedTco2());
			if (ok) {
				heat = new InventoryInput.LocalHeat(InputChecks.orZero(this.localHeat.producedTco2()),
						InputChecks.orZero(this.localHeat.importedTco2()),
						InputChecks.orZero(this.localHeat.exportedTco2()));
			}
		}
		List<InventoryInput.NonEnergy> nonEnergyRows = new ArrayList<>();
		List<NonEnergyRow> given = (this.nonEnergy != null) ? this.nonEnergy : List.of();
		for (int i = 0; i < given.size(); i++) {
			NonEnergyRow row = given.get(i);
			String at = "nonEnergy[" + i + "]";
			if (row == null) {
				checks.fault(at, "inventory.required");
				continue;
			}
			boolean ok = checks.present(at + ".sector", row.sector()) & checks.quantity(at + ".tco2", row.tco2());
			if (ok) {
				nonEnergyRows.add(new InventoryInput.NonEnergy(row.sector(), row.tco2()));
			}
		}
		checks.throwIfAny();
		return new InventoryInput(this.year, (this.approach != null) ? this.approach : Approach.IPCC,
				(this.unit != null) ? this.unit : EmissionUnit.CO2, this.population, this.country,
				this.nationalElectricityFactor, this.heatFactor, this.ownFactors, rows, green, plants, heat,
				nonEnergyRows);
	}

}
