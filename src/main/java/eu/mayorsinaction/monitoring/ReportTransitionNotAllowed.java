package eu.mayorsinaction.monitoring;

import eu.mayorsinaction.shared.BusinessException;

/**
 * The workflow does not allow this step: from this status, or for this person (a
 * municipality cannot approve or return its own report: only its coordinator can).
 */
public class ReportTransitionNotAllowed extends BusinessException {

	public ReportTransitionNotAllowed(String reason, int status, Object... arguments) {
		super("monitoring.transition." + reason, status, arguments);
	}

}
