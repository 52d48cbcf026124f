package eu.mayorsinaction.inventory.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.FactorSetSummary;
import eu.mayorsinaction.inventory.FactorSetUpload;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A factor set with all its factors (t/MWh).
 */
@Schema(description = "An emission factor set with all its factors, t/MWh")
record FactorSetResponse(Summary set,
		@Schema(description = "factor per fuel carrier; a carrier missing has none "
				+ "(an inventory using it must give its own)") Map<Carrier, Double> fuelFactors,
		@Schema(description = "country (ISO code, EU28 = EU average) -> year -> national electricity factor") Map<String, NavigableMap<Integer, Double>> electricityFactors) {

	static FactorSetResponse of(FactorSetSummary summary, FactorSet factors) {
		return new FactorSetResponse(Summary.of(summary), factors.fuelFactors(), factors.electricityFactors());
	}

	/** A set without its factors. */
	@Schema(description = "An emission factor set; stored sets never change, a changed set is a new version")
	record Summary(long id, String name, int version, String source,
			@Schema(description = "what to know about the figures, e.g. units as labelled by the source") String notes,
			Approach approach, EmissionUnit unit,
			@Schema(description = "new inventories get this set") boolean defaultForNew, Instant createdAt,
			@Schema(description = "shipped with the platform (not uploaded)") boolean shipped,
			@Schema(description = "how many inventories keep this set") long inventories, int fuelFactors,
			int electricityFactors) {

		static Summary of(FactorSetSummary s) {
			return new Summary(s.id(), s.name(), s.version(), s.source(), s.notes(), s.approach(), s.unit(),
					s.defaultForNew(), s.createdAt(), s.shipped(), s.inventories(), s.fuelFactors(),
					s.electricityFactors());
		}

	}

	/**
	 * What an upload answers: the factors read (preview) or the set stored, and the
	 * problems found.
	 */
	record UploadAnswer(boolean stored, @Schema(description = "the version the set gets (or got)") int version,
			int count, List<FactorSetUpload.Row> rows, Summary set, List<RowProblem> errors) {
	}

	/** A problem in the file, with its translated message. */
	record RowProblem(long line, String column, String code, String message) {
	}

}
