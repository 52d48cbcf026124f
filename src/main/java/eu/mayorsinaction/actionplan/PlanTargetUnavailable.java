package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.BusinessException;

/**
 * The plan cannot be measured against a target yet, and why: no BEI linked, the BEI not
 * computed, no commitment, a factor or the population missing.
 */
public class PlanTargetUnavailable extends BusinessException {

	public PlanTargetUnavailable(String reason, Object... arguments) {
		super("actionplan.target." + reason, 409, arguments);
	}

}
