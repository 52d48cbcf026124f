package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.shared.BusinessException;

/**
 * A signatory's inventories compared: the baseline used, each monitoring inventory
 * against it, those left out and why, and — with a commitment — the target and the
 * trajectory towards it.
 *
 * @param baseline the BEI compared against, or {@code null} when there is no computed BEI
 * @param baselineChoice how the baseline was chosen
 * @param comparisons each computed MEI against the baseline, the earliest year first
 * @param notCompared inventories listed but not compared, with the reason
 * @param commitment the current commitment, or {@code null}
 * @param target the target in figures, or {@code null} without a commitment, a baseline,
 * or (per capita) the baseline's population
 * @param targetProblem why there is no target although there is a commitment and a
 * baseline, else {@code null}
 * @param trajectory the straight line's values at the BEI year, each MEI year up to the
 * target year and the target year; empty without a target
 */
public record Progress(ProgressInventory baseline, BaselineChoice baselineChoice, List<ProgressComparison> comparisons,
		List<Exclusion> notCompared, ProgressCommitment commitment, ProgressTarget target,
		BusinessException targetProblem, List<ProgressPoint> trajectory) {

	public Progress {
		comparisons = List.copyOf(comparisons);
		notCompared = List.copyOf(notCompared);
		trajectory = List.copyOf(trajectory);
	}

	/** The comparison of the latest MEI, or {@code null}. */
	public ProgressComparison latest() {
		return this.comparisons.isEmpty() ? null : this.comparisons.get(this.comparisons.size() - 1);
	}

	/**
	 * The metric of the figures judged against the target: the commitment's, or total.
	 */
	public ProgressMetric metric() {
		return (this.commitment != null) ? this.commitment.metric() : ProgressMetric.ABSOLUTE;
	}

	/** How the BEI compared against was chosen. */
	public enum BaselineChoice {

		/** The signatory has no computed BEI. */
		NONE,

		/** The signatory's only computed BEI. */
		ONLY,

		/** The latest of several computed BEIs. */
		LATEST_OF_SEVERAL

	}

	/**
	 * An inventory listed but not compared.
	 *
	 * @param reason the message code of the reason (the engine's failure of a draft, or a
	 * {@code progress.reason.*} code)
	 */
	public record Exclusion(ProgressInventory inventory, String reason) {
	}

}
