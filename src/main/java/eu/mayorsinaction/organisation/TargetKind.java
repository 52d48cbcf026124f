package eu.mayorsinaction.organisation;

/**
 * A reduction target counts either total emissions or emissions per inhabitant, against
 * the baseline year.
 */
public enum TargetKind {

	ABSOLUTE, PER_CAPITA

}
