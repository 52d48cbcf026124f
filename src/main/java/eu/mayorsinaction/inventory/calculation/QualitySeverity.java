package eu.mayorsinaction.inventory.calculation;

/** How serious a data-quality finding is. */
public enum QualitySeverity {

	/** The inventory would not be accepted as it is (e.g. coverage rule broken). */
	ERROR,
	/** Probably a mistake in the data: to be checked. */
	WARNING,
	/** For information only (e.g. no peer comparison possible). */
	INFO

}
