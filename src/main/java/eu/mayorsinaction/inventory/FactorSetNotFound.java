package eu.mayorsinaction.inventory;

import eu.mayorsinaction.shared.NotFound;

/**
 * No factor set with this id.
 */
public class FactorSetNotFound extends NotFound {

	public FactorSetNotFound(long id) {
		super("factorSet.notFound", id);
	}

}
