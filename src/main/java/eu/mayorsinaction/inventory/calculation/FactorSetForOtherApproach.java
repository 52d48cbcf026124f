package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.shared.BusinessException;

/**
 * The inventory uses one approach (IPCC or LCA) and the factor set holds the factors of
 * the other: computing with it would mix the two.
 */
public class FactorSetForOtherApproach extends BusinessException {

	public FactorSetForOtherApproach(FactorSet set, Approach inventoryApproach) {
		super("inventory.factorSetForOtherApproach", 422, set.name(), set.approach().name(), inventoryApproach.name());
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, "approach", code(), List.of(arguments())));
	}

}
