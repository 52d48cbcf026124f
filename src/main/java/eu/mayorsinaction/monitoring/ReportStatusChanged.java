package eu.mayorsinaction.monitoring;

/**
 * A monitoring report moved in its workflow (e.g. submitted to the coordinator): for
 * notifications of the people who act next.
 */
public record ReportStatusChanged(long signatoryId, long reportId, ReportStatus from, ReportStatus to, Long byUserId) {

}
