package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.shared.BusinessException;

/**
 * Electricity is consumed from the grid, but there is no national electricity factor:
 * none given, and none in the factor set for the country.
 */
public class MissingElectricityFactor extends BusinessException {

	public MissingElectricityFactor(String country) {
		super("inventory.missingElectricityFactor", 422, String.valueOf(country));
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, "nationalElectricityFactor", code(), List.of(arguments())));
	}

}
