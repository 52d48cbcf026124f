package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.BusinessException;

/** A submitted edition is frozen: nobody may change or delete it. */
public class PlanVersionFrozen extends BusinessException {

	public PlanVersionFrozen(int edition) {
		super("planversions.error.frozen", 409, edition);
	}

}
