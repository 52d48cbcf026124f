package eu.mayorsinaction.monitoring;

/**
 * The risk of being put on hold by the Covenant: {@code HIGH} when a deadline is overdue
 * or the signatory is on hold already, {@code MEDIUM} when the next deadline is less than
 * {@link MonitoringCockpit#SOON_DAYS} days away, {@code LOW} otherwise.
 */
public enum RiskLevel {

	LOW, MEDIUM, HIGH

}
