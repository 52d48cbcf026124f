package eu.mayorsinaction.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.Sector.SectorGroup;
import eu.mayorsinaction.inventory.calculation.FactorsUsed;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A computed inventory: tonnes rounded to 3 decimals (kg), factors and per capita figures
 * to 6; the engine itself does not round.
 */
@Schema(description = "A computed inventory; t rounded to 3 decimals, factors (t/MWh) and per capita to 6")
record CalculationResponse(@Schema(description = "EFE, the local electricity factor") Double electricityFactor, @Schema(
		description = "year of the factor set's national factor used, if taken from the set") Integer electricityFactorYear,
		@Schema(description = "the set had no factor for the inventory year: the nearest year's was used") boolean electricityFactorOtherYear,
		@Schema(description = "the heat factor used (given or EFH)") Double heatFactor, List<EmissionRow> emissions,
		Totals totals, Factors factors) {

	record EmissionRow(Sector sector, Carrier carrier, double mwh, double factor, double tco2) {
	}

	record Totals(Map<Sector, Double> bySector,
			@Schema(description = "BUILDINGS (M28), TRANSPORT (M48), OTHER") Map<SectorGroup, Double> byGroup,
			Map<Carrier, Double> byCarrier, Map<NonEnergySector, Double> byNonEnergySector, double energy,
			double nonEnergy, @Schema(description = "energy + nonEnergy") double total,
			@Schema(description = "total / population; null without a population") Double perCapita) {
	}

	/** Every factor used, and what EFE and EFH were computed from. */
	record Factors(String factorSet, Map<Carrier, Double> carriers, Electricity electricity, Heat heat) {
	}

	record Electricity(Double value, double tce, double lpe, double gep, double co2lpe, double co2gep,
			Double nationalFactor, boolean nationalFactorGiven, Integer nationalFactorYear,
			boolean nationalFactorOtherYear, boolean netExporter) {
	}

	record Heat(Double value, boolean given, double lhc, double co2lph, double co2ih, double co2eh) {
	}

	static CalculationResponse of(InventoryResult result) {
		FactorsUsed used = result.factors();
		FactorsUsed.ElectricityFactor e = used.electricity();
		FactorsUsed.HeatFactor h = used.heat();
		List<EmissionRow> emissions = result.emissions()
			.stream()
			.map((row) -> new EmissionRow(row.sector(), row.carrier(), row.mwh(), factor(row.factor()),
					tonnes(row.tco2())))
			.toList();
		Totals totals = new Totals(tonnes(result.bySector()), tonnes(result.byGroup()), tonnes(result.byCarrier()),
				tonnes(result.byNonEnergySector()), tonnes(result.energy()), tonnes(result.nonEnergy()),
				tonnes(result.total()), factor(result.perCapita()));
		Map<Carrier, Double> carriers = new EnumMap<>(Carrier.class);
		used.carriers().forEach((carrier, value) -> carriers.put(carrier, factor(value)));
		Electricity electricity = new Electricity(factor(e.value()), e.tce(), e.lpe(), e.gep(), tonnes(e.co2lpe()),
				tonnes(e.co2gep()), factor(e.nationalFactor()), e.nationalFactorGiven(), e.nationalFactorYear(),
				e.nationalFactorOtherYear(), e.netExporter());
		Heat heat = new Heat(factor(h.value()), h.given(), h.lhc(), tonnes(h.co2lph()), tonnes(h.co2ih()),
				tonnes(h.co2eh()));
		return new CalculationResponse(factor(e.value()), e.nationalFactorGiven() ? null : e.nationalFactorYear(),
				e.nationalFactorOtherYear(), factor(h.value()), emissions, totals,
				new Factors(used.factorSet(), carriers, electricity, heat));
	}

	private static <K extends Enum<K>> Map<K, Double> tonnes(Map<K, Double> values) {
		Map<K, Double> rounded = new java.util.LinkedHashMap<>();
		values.forEach((key, value) -> rounded.put(key, tonnes(value)));
		return rounded;
	}

	private static double tonnes(double value) {
		return round(value, 3);
	}

	private static Double factor(Double value) {
		return (value != null) ? round(value, 6) : null;
	}

	private static double round(double value, int decimals) {
		return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
	}

}
