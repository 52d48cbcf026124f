package eu.mayorsinaction.inventory;

import eu.mayorsinaction.inventory.calculation.EmissionEngine;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.inventory.calculation.InventoryResult;

import org.springframework.stereotype.Service;

/**
 * The inventory module's service: computes inventories with the platform's factor sets.
 */
@Service
public class InventoryManagement {

	private final EmissionEngine standard;

	InventoryManagement(ReferenceFactorSets references) {
		this.standard = new EmissionEngine(references.standard());
	}

	/** The factor set shipped with the platform (IPCC 2006 + JRC 2017). */
	public FactorSet standardFactorSet() {
		return this.standard.factorSet();
	}

	/**
	 * Computes an inventory with the standard factor set, storing nothing.
	 * @throws eu.mayorsinaction.shared.BusinessException a named failure of the engine
	 * (missing factor, missing heat data, …)
	 */
	public InventoryResult calculate(InventoryInput input) {
		return this.standard.calculate(input);
	}

}
