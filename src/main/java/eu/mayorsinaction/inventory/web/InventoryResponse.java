package eu.mayorsinaction.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryStatus;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A stored inventory: what was entered (the request's field names) and, under
 * {@code result}, its computation exactly as the stateless calculation endpoint answers
 * it.
 */
@Schema(description = "A stored inventory as entered, with its computation under result")
record InventoryResponse(long id, long signatoryId, InventoryType type, int year, Approach approach, EmissionUnit unit,
		Integer population, @Schema(description = "country of the national electricity factor used") String country,
		Double nationalElectricityFactor, @Schema(description = "the heat factor given, if any") Double heatFactor,
		Map<Carrier, Double> ownFactors, List<InventoryData.ConsumptionRow> consumption,
		InventoryData.GreenRow greenElectricity, List<InventoryData.PlantRow> localElectricity,
		InventoryData.HeatRow localHeat, List<InventoryData.NonEnergyRow> nonEnergy,
		@Schema(description = "the factor set the inventory was computed with") String factorSetName,
		@Schema(description = "its id (GET /api/v1/factor-sets/{setId})") Long factorSetId, InventoryStatus status,
		int version, Instant createdAt, Instant updatedAt,
		@Schema(description = "the computation, as POST /api/v1/calculations/inventory answers") CalculationResponse result,
		@Schema(description = "a draft that cannot be computed yet: the error code saying why (e.g. "
				+ "inventory.missingHeatData)") String problem,
		@Schema(description = "the coordinator's review mark (REVIEWED or RETURNED with the comment), absent when none") ReviewResponse review) {

	static InventoryResponse of(InventoryView view) {
		return of(view, null);
	}

	static InventoryResponse of(InventoryView view, eu.mayorsinaction.inventory.InventoryReviewView review) {
		InventorySummary s = view.summary();
		InventoryData d = view.data();
		return new InventoryResponse(s.id(), s.signatoryId(), s.type(), s.year(), d.approachOrDefault(),
				d.unitOrDefault(), d.population(), view.country(), d.nationalElectricityFactor(), d.heatFactor(),
				d.ownFactors(), d.consumption(), d.greenElectricity(), d.localElectricity(), d.localHeat(),
				d.nonEnergy(), s.factorSetName(), s.factorSetId(), s.status(), s.version(), s.createdAt(),
				s.updatedAt(), (view.result() != null) ? CalculationResponse.of(view.result()) : null,
				(view.problem() != null) ? view.problem().code() : null, ReviewResponse.of(review));
	}

	/** An inventory in a list: t rounded to 3 decimals, factors to 6. */
	record Summary(long id, InventoryType type, int year, InventoryStatus status, String factorSetName,
			Long factorSetId, Double totalTco2, Double energyTco2, Double nonEnergyTco2, Double electricityFactor,
			Double heatFactor, int version, Instant updatedAt,
			@Schema(description = "review mark: REVIEWED or RETURNED, absent when none") eu.mayorsinaction.inventory.InventoryReviewDecision review) {

		static Summary of(InventorySummary s) {
			return of(s, null);
		}

		static Summary of(InventorySummary s, eu.mayorsinaction.inventory.InventoryReviewView review) {
			return new Summary(s.id(), s.type(), s.year(), s.status(), s.factorSetName(), s.factorSetId(),
					round(s.totalTco2(), 3), round(s.energyTco2(), 3), round(s.nonEnergyTco2(), 3),
					round(s.electricityFactor(), 6), round(s.heatFactor(), 6), s.version(), s.updatedAt(),
					(review != null) ? review.decision() : null);
		}

		private static Double round(Double value, int decimals) {
			return (value != null) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue()
					: null;
		}

	}

}
