package eu.mayorsinaction.monitoring.export;

import java.util.List;

import eu.mayorsinaction.monitoring.ReportView;

/**
 * What a report's export writes: the report, its signatory's name and the actions
 * reported (frozen at submission; for a draft, the plan's current actions).
 */
record ReportExport(ReportView report, String signatoryName, List<ReportView.ReportedAction> actions) {

	ReportExport {
		actions = List.copyOf(actions);
	}

}
