package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.BusinessException;

/**
 * A plan with an edition submitted to the Covenant cannot be deleted: the submitted
 * edition is the record of what was sent.
 */
public class PlanHasSubmittedEdition extends BusinessException {

	public PlanHasSubmittedEdition(int edition) {
		super("planpages.delete.planSubmitted", 409, edition);
	}

}
