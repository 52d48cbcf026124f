package eu.mayorsinaction.inventory.calculation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.shared.BusinessException;

/**
 * Compares a signatory's monitoring inventories (MEI) with its baseline (BEI) and with
 * the straight line from the baseline to its committed target. Plain Java, no rounding.
 * <ul>
 * <li>Baseline: the only computed BEI, or the latest of several (the others are listed as
 * not compared).</li>
 * <li>Target level: baseline value × (1 − p/100), the value being the total [t] for an
 * absolute commitment, the total per inhabitant [t] for a per-capita one.</li>
 * <li>Trajectory in year y: baseline − (baseline − target) × (y − BEI year) / (target
 * year − BEI year), the target from the target year on.</li>
 * <li>An MEI at or below the trajectory is on track (ahead by the difference), above it
 * behind.</li>
 * </ul>
 */
public final class ProgressCalculator {

	static final String REASON_NOT_COMPUTED = "progress.reason.notComputed";

	static final String REASON_OLDER_BASELINE = "progress.reason.olderBaseline";

	static final String REASON_NO_BASELINE = "progress.reason.noBaseline";

	static final String REASON_BEFORE_BASELINE = "progress.reason.beforeBaseline";

	static final String REASON_NO_COMMITMENT = "progress.reason.noCommitment";

	static final String REASON_NO_TARGET = "progress.reason.noTarget";

	/** Differences below this share of the values compared count as equal (rounding). */
	private static final double TOLERANCE = 1e-9;

	private ProgressCalculator() {
	}

	/**
	 * Compares the inventories.
	 * @param inventories the signatory's inventories, in any order
	 * @param commitment the current commitment, or {@code null}
	 */
	public static Progress compare(Collection<ProgressInventory> inventories, ProgressCommitment commitment) {
		List<ProgressInventory> sorted = new ArrayList<>(inventories);
		sorted.sort(Comparator.comparingInt(ProgressInventory::year).thenComparing(ProgressInventory::type));
		List<Progress.Exclusion> notCompared = new ArrayList<>();
		List<ProgressInventory> baselines = new ArrayList<>();
		for (ProgressInventory inventory : sorted) {
			if (!inventory.computed()) {
				notCompared.add(new Progress.Exclusion(inventory,
						(inventory.problem() != null) ? inventory.problem() : REASON_NOT_COMPUTED));
			}
			else if (inventory.type() == InventoryType.BEI) {
				baselines.add(inventory);
			}
		}
		ProgressInventory baseline = baselines.isEmpty() ? null : baselines.get(baselines.size() - 1);
		Progress.BaselineChoice choice = (baseline == null) ? Progress.BaselineChoice.NONE
				: (baselines.size() == 1) ? Progress.BaselineChoice.ONLY : Progress.BaselineChoice.LATEST_OF_SEVERAL;
		for (ProgressInventory older : baselines) {
			if (older != baseline) {
				notCompared.add(new Progress.Exclusion(older, REASON_OLDER_BASELINE));
			}
		}

		ProgressTarget target = null;
		BusinessException targetProblem = null;
		if (baseline != null && commitment != null) {
			Double value = value(baseline.figures(), commitment.metric());
			if (value == null) {
				targetProblem = new ProgressPopulationMissing(baseline.type(), baseline.year());
			}
			else {
				target = ProgressTarget.of(commitment, baseline.year(), value);
			}
		}

		List<ProgressComparison> comparisons = new ArrayList<>();
		for (ProgressInventory inventory : sorted) {
			if (!inventory.computed() || inventory.type() != InventoryType.MEI) {
				continue;
			}
			if (baseline == null) {
				notCompared.add(new Progress.Exclusion(inventory, REASON_NO_BASELINE));
			}
			else {
				comparisons.add(compare(baseline, inventory, commitment, target, targetProblem));
			}
		}
		notCompared.sort(Comparator.comparingInt((Progress.Exclusion e) -> e.inventory().year())
			.thenComparing((e) -> e.inventory().type()));
		return new Progress(baseline, choice, comparisons, notCompared, commitment, target, targetProblem,
				trajectory(target, comparisons));
	}

	private static ProgressComparison compare(ProgressInventory baseline, ProgressInventory monitoring,
			ProgressCommitment commitment, ProgressTarget target, BusinessException targetProblem) {
		ProgressFigures bei = baseline.figures();
		ProgressFigures mei = monitoring.figures();
		Map<Sector, ProgressChange> bySector = new EnumMap<>(Sector.class);
		for (Sector sector : Sector.values()) {
			if (bei.sector(sector) != 0 || mei.sector(sector) != 0) {
				bySector.put(sector,
						ProgressChange.of(bei.sector(sector), mei.sector(sector), bei.population(), mei.population()));
			}
		}
		Map<Carrier, ProgressChange> byCarrier = new EnumMap<>(Carrier.class);
		for (Carrier carrier : Carrier.values()) {
			if (bei.carrier(carrier) != 0 || mei.carrier(carrier) != 0) {
				byCarrier.put(carrier, ProgressChange.of(bei.carrier(carrier), mei.carrier(carrier), bei.population(),
						mei.population()));
			}
		}
		ProgressChange total = ProgressChange.of(bei.total(), mei.total(), bei.population(), mei.population());
		ProgressChange nonEnergy = ProgressChange.of(bei.nonEnergy(), mei.nonEnergy(), bei.population(),
				mei.population());
		boolean sameMethod = bei.approach() == mei.approach() && bei.unit() == mei.unit();

		ProgressMetric metric = (commitment != null) ? commitment.metric() : ProgressMetric.ABSOLUTE;
		Double before = value(bei, metric);
		Double actual = value(mei, metric);
		Double achieved = (before != null && actual != null && before != 0) ? (before - actual) / before * 100 : null;

		String problem = null;
		if (commitment == null) {
			problem = REASON_NO_COMMITMENT;
		}
		else if (target == null) {
			problem = (targetProblem != null) ? targetProblem.code() : REASON_NO_TARGET;
		}
		else if (actual == null) {
			problem = new ProgressPopulationMissing(monitoring.type(), monitoring.year()).code();
		}
		else if (monitoring.year() <= baseline.year()) {
			problem = REASON_BEFORE_BASELINE;
		}
		if (problem != null) {
			return new ProgressComparison(monitoring, total, nonEnergy, bySector, byCarrier, sameMethod, achieved,
					actual, null, ProgressStatus.NOT_ASSESSED, null, null, null, problem);
		}
		double trajectory = target.trajectoryAt(monitoring.year());
		double margin = trajectory - actual;
		if (Math.abs(margin) <= TOLERANCE * Math.max(Math.abs(trajectory), Math.abs(actual))) {
			margin = 0;
		}
		ProgressStatus status = (margin >= 0) ? ProgressStatus.ON_TRACK : ProgressStatus.BEHIND;
		double stillNeeded = Math.max(0, actual - target.targetValue());
		Double stillNeededPercent = (actual != 0) ? stillNeeded / actual * 100 : null;
		return new ProgressComparison(monitoring, total, nonEnergy, bySector, byCarrier, sameMethod, achieved, actual,
				trajectory, status, margin, stillNeeded, stillNeededPercent, null);
	}

	private static List<ProgressPoint> trajectory(ProgressTarget target, List<ProgressComparison> comparisons) {
		if (target == null) {
			return List.of();
		}
		Map<Integer, Double> points = new TreeMap<>();
		points.put(target.baselineYear(), target.trajectoryAt(target.baselineYear()));
		for (ProgressComparison comparison : comparisons) {
			int year = comparison.year();
			if (year > target.baselineYear() && year < target.targetYear()) {
				points.put(year, target.trajectoryAt(year));
			}
		}
		points.put(target.targetYear(), target.targetValue());
		return points.entrySet().stream().map((e) -> new ProgressPoint(e.getKey(), e.getValue())).toList();
	}

	private static Double value(ProgressFigures figures, ProgressMetric metric) {
		return (metric == ProgressMetric.PER_CAPITA) ? figures.perCapita() : Double.valueOf(figures.total());
	}

}
