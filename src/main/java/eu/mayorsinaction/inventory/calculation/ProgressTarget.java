package eu.mayorsinaction.inventory.calculation;

/**
 * The target of a commitment in figures, and the straight line towards it: from the
 * baseline value in the BEI year to the target level in the target year, the target level
 * after it.
 *
 * @param metric total [t] or per inhabitant [t/inhabitant]
 * @param targetPercent the reduction committed to [%]
 * @param baselineYear the BEI year
 * @param baselineValue the BEI's total or per-capita emissions
 * @param targetYear the year the target is due
 * @param targetValue baselineValue × (1 − targetPercent / 100)
 */
public record ProgressTarget(ProgressMetric metric, double targetPercent, int baselineYear, double baselineValue,
		int targetYear, double targetValue) {

	static ProgressTarget of(ProgressCommitment commitment, int baselineYear, double baselineValue) {
		return new ProgressTarget(commitment.metric(), commitment.targetPercent(), baselineYear, baselineValue,
				commitment.targetYear(), baselineValue * (1 - commitment.targetPercent() / 100));
	}

	/**
	 * The trajectory's value in a year: the baseline up to the BEI year, the target from
	 * the target year on, the straight line between.
	 */
	public double trajectoryAt(int year) {
		if (year >= this.targetYear) {
			return this.targetValue;
		}
		if (year <= this.baselineYear) {
			return this.baselineValue;
		}
		double share = (double) (year - this.baselineYear) / (this.targetYear - this.baselineYear);
		return this.baselineValue - (this.baselineValue - this.targetValue) * share;
	}

}
