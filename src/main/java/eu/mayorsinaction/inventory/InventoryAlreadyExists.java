package eu.mayorsinaction.inventory;

import eu.mayorsinaction.shared.BusinessException;

/**
 * The signatory already has an inventory of this type for this year.
 */
public class InventoryAlreadyExists extends BusinessException {

	public InventoryAlreadyExists(InventoryType type, int year) {
		super("inventory.alreadyExists", 409, type.name(), String.valueOf(year));
	}

}
