package eu.mayorsinaction.monitoring;

/**
 * Where a monitoring report stands (domain brief §4): draft → submitted to the
 * coordinator → returned with comments or approved → recorded as submitted to the
 * Covenant.
 */
public enum ReportStatus {

	DRAFT, SUBMITTED_TO_COORDINATOR, RETURNED, APPROVED, SUBMITTED_TO_COVENANT

}
