package eu.mayorsinaction.inventory.calculation;

/**
 * A value of the chosen metric in a year [t or t/inhabitant].
 */
public record ProgressPoint(int year, double value) {

}
