package eu.mayorsinaction.organisation;

/**
 * Where a signatory stands with the Covenant office.
 */
public enum SignatoryStatus {

	ACTIVE, ON_HOLD, SUSPENDED, WITHDRAWN

}
