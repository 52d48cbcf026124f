package eu.mayorsinaction.inventory.calculation;

import java.util.Objects;

/**
 * The reduction a signatory committed to: {@code targetPercent} % less than in the BEI
 * year by {@code targetYear}, counted in total or per inhabitant.
 */
public record ProgressCommitment(double targetPercent, int targetYear, ProgressMetric metric) {

	public ProgressCommitment {
		Objects.requireNonNull(metric, "metric");
		if (!(targetPercent >= 0 && targetPercent <= 100)) {
			throw new IllegalArgumentException("targetPercent must be between 0 and 100: " + targetPercent);
		}
	}

}
