package eu.mayorsinaction.inventory;

import eu.mayorsinaction.shared.BusinessException;

/**
 * The factor set is kept by inventories (or is the default for new ones): it cannot be
 * deleted.
 */
public class FactorSetInUse extends BusinessException {

	public FactorSetInUse(FactorSetSummary set) {
		super("factorSet.inUse", 409, set.label(), set.inventories());
	}

}
