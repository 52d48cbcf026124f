package eu.mayorsinaction.inventory;

/**
 * Where an entered value comes from.
 */
public enum Provenance {

	MEASURED, ESTIMATED, DEFAULT, IMPORTED

}
