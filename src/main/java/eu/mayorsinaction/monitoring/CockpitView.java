package eu.mayorsinaction.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator's cockpit over the signatories an organisation supports: the rows
 * matching the filter, sorted, how many there are in all and their countries (for the
 * filter's choices).
 */
public record CockpitView(long organisationId, String organisationName, LocalDate today, int total,
		List<String> countries, List<CockpitRow> rows) {

}
