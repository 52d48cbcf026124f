package eu.mayorsinaction.monitoring;

/**
 * Where a signatory stands in its current Covenant cycle, as the cockpit shows it.
 */
public enum CycleStage {

	/** No commitment recorded. */
	NO_COMMITMENT,
	/** The plan is being prepared; its deadline has not passed. */
	PLAN_IN_PREPARATION,
	/** The plan's deadline passed without a submission. */
	PLAN_OVERDUE,
	/** The plan is submitted; the next report is not due yet. */
	IMPLEMENTING,
	/** A monitoring report or MEI is overdue. */
	REPORT_OVERDUE,
	/**
	 * The cycle's reporting is over (its target year has passed) and no renewal started.
	 */
	CYCLE_ENDED

}
