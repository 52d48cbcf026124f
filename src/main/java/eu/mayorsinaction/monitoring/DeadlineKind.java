package eu.mayorsinaction.monitoring;

/** The deadlines of the Covenant cycle (domain brief §5). */
public enum DeadlineKind {

	PLAN, MONITORING_REPORT, MEI

}
