package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.shared.BusinessException;

/**
 * Per-capita figures were asked for, but the inventory has no population (or none above
 * zero).
 */
public class MissingPopulation extends BusinessException {

	public MissingPopulation() {
		super("inventory.missingPopulation", 422);
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, "population", code(), List.of()));
	}

}
