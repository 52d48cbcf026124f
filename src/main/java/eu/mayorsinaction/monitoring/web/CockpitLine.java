package eu.mayorsinaction.monitoring.web;

import eu.mayorsinaction.monitoring.CockpitRow;

/**
 * One row of the cockpit page with its texts already resolved in the reader's language:
 * the page shows up to hundreds of rows, and looking labels up once per request (not per
 * row and cell in the template) took the page from p50 88 to 74 ms (curl time, 300 rows,
 * bench/cockpit.sh).
 *
 * @param nextDue the next deadline's kind and date, empty when none
 * @param days "in N days" or "N days overdue", empty when no deadline
 * @param missing the data checks not met, as one sentence; empty when complete
 * @param awaitingLabel accessible name of the link to the reports awaiting review
 */
public record CockpitLine(CockpitRow row, String scheduleHref, String reportsHref, String country, String status,
		String stage, String nextDue, String days, boolean overdue, String risk, String missing, String lastActivity,
		String awaitingLabel) {

	public boolean high() {
		return this.row.risk() == eu.mayorsinaction.monitoring.RiskLevel.HIGH;
	}

}
