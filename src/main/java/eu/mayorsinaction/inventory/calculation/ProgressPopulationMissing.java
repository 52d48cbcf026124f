package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.shared.BusinessException;

/**
 * The commitment counts emissions per inhabitant, but an inventory it needs has no
 * population: its per-capita figure cannot be known (it is not zero).
 */
public class ProgressPopulationMissing extends BusinessException {

	public ProgressPopulationMissing(InventoryType type, int year) {
		super("progress.populationMissing", 422, type.name(), String.valueOf(year));
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, "population", code(), List.of(arguments())));
	}

}
