package eu.mayorsinaction.monitoring;

import eu.mayorsinaction.shared.NotFound;

/** No such report of the signatory (another signatory's answers the same). */
public class ReportNotFound extends NotFound {

	public ReportNotFound(long id) {
		super("monitoring.report.notFound", id);
	}

}
