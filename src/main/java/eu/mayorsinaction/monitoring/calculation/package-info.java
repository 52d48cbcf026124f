/**
 * The deadline schedule of the Covenant cycle (domain brief §5) in plain Java: no Spring,
 * immutable inputs and results, dates only.
 */
package eu.mayorsinaction.monitoring.calculation;
