package eu.mayorsinaction.inventory.calculation;

/**
 * What a reduction target counts: total emissions [t CO2] or emissions per inhabitant [t
 * CO2/inhabitant].
 */
public enum ProgressMetric {

	ABSOLUTE, PER_CAPITA

}
