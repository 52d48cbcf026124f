package eu.mayorsinaction.monitoring;

/**
 * What is entered for a report. {@code version} is the version read (for an update).
 *
 * @param planId the plan whose actions the report covers
 * @param meiInventoryId the MEI of a Full Report
 * @param commitmentId the commitment whose cycle the report answers (else the current)
 */
public record ReportData(ReportType type, String title, Long planId, Long meiInventoryId, Long commitmentId,
		Integer version) {

	static final int TITLE_MAX = 300;

}
