package eu.mayorsinaction.inventory.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryProgressView;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.inventory.calculation.Progress;
import eu.mayorsinaction.inventory.calculation.ProgressChange;
import eu.mayorsinaction.inventory.calculation.ProgressComparison;
import eu.mayorsinaction.inventory.calculation.ProgressInventory;
import eu.mayorsinaction.inventory.calculation.ProgressMetric;
import eu.mayorsinaction.inventory.calculation.ProgressStatus;
import eu.mayorsinaction.inventory.calculation.ProgressTarget;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.BusinessException;
import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.context.MessageSource;

/**
 * A signatory's progress for programs: t CO2 rounded to 3 decimals, t CO2/inhabitant to
 * 6, percentages to 2.
 */
@Schema(description = "The signatory's MEIs against its BEI and its current commitment")
record ProgressResponse(long signatoryId,
		@Schema(description = "the BEI compared against, null without a computed BEI") Inventory bei,
		@Schema(description = "ONLY: the signatory's only computed BEI; LATEST_OF_SEVERAL: the latest of "
				+ "several (the others are under notCompared); NONE") Progress.BaselineChoice baselineChoice,
		@Schema(description = "the current commitment, null without one") Commitment commitment,
		@Schema(description = "the target in figures, null without a commitment, a BEI or (per capita) the "
				+ "BEI's population") Target target,
		@Schema(description = "why there is no target although there is a commitment and a BEI (e.g. "
				+ "progress.populationMissing)") Problem targetProblem,
		@Schema(description = "the straight line from the BEI to the target: its values in the BEI year, "
				+ "each MEI year and the target year, in the target's unit") List<Point> trajectory,
		@Schema(description = "each computed MEI against the BEI, the earliest first") List<Mei> meis,
		@Schema(description = "inventories listed but not compared, with the reason (message code)") List<NotCompared> notCompared,
		@Schema(description = "the status of the latest MEI: ON_TRACK, BEHIND or NOT_ASSESSED; null without "
				+ "an MEI") ProgressStatus status) {

	static final String TONNES = "t CO2";

	static final String TONNES_PER_INHABITANT = "t CO2/inhabitant";

	static ProgressResponse of(InventoryProgressView view, MessageSource messages, Locale locale) {
		Progress progress = view.progress();
		ProgressMetric metric = progress.metric();
		int decimals = (metric == ProgressMetric.PER_CAPITA) ? 6 : 3;
		ProgressInventory baseline = progress.baseline();
		BusinessException problem = progress.targetProblem();
		ProgressComparison latest = progress.latest();
		return new ProgressResponse(view.signatory().id(), (baseline != null) ? Inventory.of(baseline) : null,
				progress.baselineChoice(), Commitment.of(view.commitment()), Target.of(progress.target()),
				(problem != null)
						? new Problem(problem.code(), messages.getMessage(problem.code(), problem.arguments(), locale))
						: null,
				progress.trajectory().stream().map((p) -> new Point(p.year(), round(p.value(), decimals))).toList(),
				progress.comparisons().stream().map((c) -> Mei.of(c, decimals)).toList(),
				progress.notCompared()
					.stream()
					.map((e) -> new NotCompared(e.inventory().id(), e.inventory().type(), e.inventory().year(),
							e.reason()))
					.toList(),
				(latest != null) ? latest.status() : null);
	}

	static String unit(ProgressMetric metric) {
		return (metric == ProgressMetric.PER_CAPITA) ? TONNES_PER_INHABITANT : TONNES;
	}

	static Double round(Double value, int decimals) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue()
				: null;
	}

	@Schema(description = "An inventory compared")
	record Inventory(long id, InventoryType type, int year, @Schema(description = "t CO2") Double totalTco2,
			@Schema(description = "inhabitants in the inventory year") Double population,
			@Schema(description = "t CO2/inhabitant") Double perCapita) {

		static Inventory of(ProgressInventory inventory) {
			return new Inventory(inventory.id(), inventory.type(), inventory.year(),
					round(inventory.figures().total(), 3), inventory.figures().population(),
					round(inventory.figures().perCapita(), 6));
		}

	}

	record Commitment(long id, Framework framework, BigDecimal targetPercent, int targetYear, TargetKind targetKind) {

		static Commitment of(CommitmentView view) {
			return (view != null) ? new Commitment(view.id(), view.framework(), view.targetPercent(), view.targetYear(),
					view.targetKind()) : null;
		}

	}

	@Schema(description = "The target level: baselineValue × (1 − targetPercent/100) by targetYear")
	record Target(ProgressMetric metric, @Schema(example = TONNES) String unit, double targetPercent, int baselineYear,
			double baselineValue, int targetYear, double targetValue) {

		static Target of(ProgressTarget target) {
			if (target == null) {
				return null;
			}
			int decimals = (target.metric() == ProgressMetric.PER_CAPITA) ? 6 : 3;
			return new Target(target.metric(), ProgressResponse.unit(target.metric()), target.targetPercent(),
					target.baselineYear(), round(target.baselineValue(), decimals), target.targetYear(),
					round(target.targetValue(), decimals));
		}

	}

	record Point(int year, Double value) {
	}

	record Problem(String code, String message) {
	}

	record NotCompared(long id, InventoryType type, int year,
			@Schema(description = "message code: the engine's failure of a draft (e.g. inventory.missingHeatData) "
					+ "or progress.reason.*") String reason) {
	}

	@Schema(description = "One MEI against the BEI")
	record Mei(long id, int year,
			@Schema(description = "both use the same approach and unit, so the figures compare") boolean sameMethod,
			Change total, @Schema(description = "waste, wastewater, other") Change nonEnergy,
			@Schema(description = "sectors emitting in either inventory") Map<Sector, Change> bySector,
			@Schema(description = "carriers emitting in either inventory") Map<Carrier, Change> byCarrier,
			@Schema(description = "reduction since the BEI in the commitment's metric (total without one) [%]") Double reductionAchievedPercent,
			@Schema(description = "the MEI's value in the target's unit") Double actual,
			@Schema(description = "the trajectory's value in the MEI year") Double trajectoryValue,
			ProgressStatus status,
			@Schema(description = "trajectoryValue − actual: ahead when positive, behind when negative") Double margin,
			@Schema(description = "the reduction still needed to reach the target level (0 when reached)") Double stillNeeded,
			@Schema(description = "stillNeeded relative to the MEI's value [%]") Double stillNeededPercent,
			@Schema(description = "why the status is not assessed (message code)") String problem) {

		static Mei of(ProgressComparison c, int decimals) {
			return new Mei(c.inventory().id(), c.year(), c.sameMethod(), Change.of(c.total()), Change.of(c.nonEnergy()),
					changes(c.bySector(), Sector.class), changes(c.byCarrier(), Carrier.class),
					round(c.reductionAchievedPercent(), 2), round(c.actual(), decimals),
					round(c.trajectoryValue(), decimals), c.status(), round(c.margin(), decimals),
					round(c.stillNeeded(), decimals), round(c.stillNeededPercent(), 2), c.problem());
		}

		private static <K extends Enum<K>> Map<K, Change> changes(Map<K, ProgressChange> changes, Class<K> type) {
			Map<K, Change> rounded = new EnumMap<>(type);
			changes.forEach((key, change) -> rounded.put(key, Change.of(change)));
			return rounded;
		}

	}

	@Schema(description = "A figure in the BEI and the MEI [t CO2], the change, relative [%] and per inhabitant "
			+ "[t CO2/inhabitant] (null when a population is missing)")
	record Change(double beiTco2, double meiTco2, double changeTco2, Double changePercent, Double beiPerCapita,
			Double meiPerCapita, Double perCapitaChange) {

		static Change of(ProgressChange c) {
			Function<Double, Double> t = (v) -> round(v, 3);
			return new Change(t.apply(c.baseline()), t.apply(c.current()), t.apply(c.change()), round(c.percent(), 2),
					round(c.baselinePerCapita(), 6), round(c.currentPerCapita(), 6), round(c.perCapitaChange(), 6));
		}

	}

}
