package eu.mayorsinaction.monitoring;

/** An Action Report (actions' statuses, no MEI) or a Full Report (with an MEI). */
public enum ReportType {

	ACTION_REPORT, FULL_REPORT

}
