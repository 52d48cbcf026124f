package eu.mayorsinaction.inventory.calculation;

/**
 * Where a monitoring inventory stands against the straight line from the baseline to the
 * target.
 */
public enum ProgressStatus {

	/** At or below the trajectory. */
	ON_TRACK,

	/** Above the trajectory. */
	BEHIND,

	/** Not judged: no commitment, a missing population, or a year before the baseline. */
	NOT_ASSESSED

}
