package eu.mayorsinaction.monitoring;

import java.util.List;

import eu.mayorsinaction.monitoring.calculation.ReportCheck;

/** The pre-submission check of a report: every criterion with its outcome. */
public record ReportCheckView(long reportId, boolean passed, List<ReportCheck.Item> items) {

}
