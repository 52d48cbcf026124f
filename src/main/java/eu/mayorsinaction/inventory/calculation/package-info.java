/**
 * The emission calculation of the Covenant of Mayors (domain brief §2–3) in plain Java:
 * immutable inputs, one engine, immutable results that record every factor they used.
 * Computed in {@code double}; nothing is rounded here, only for display.
 */
package eu.mayorsinaction.inventory.calculation;
