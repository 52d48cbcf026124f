package eu.mayorsinaction.inventory;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such inventory of the signatory (another signatory's answers the same).
 */
public class InventoryNotFound extends NotFound {

	public InventoryNotFound(long id) {
		super("inventory.notFound", id);
	}

}
