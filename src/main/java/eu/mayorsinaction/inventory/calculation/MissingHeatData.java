package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.shared.BusinessException;

/**
 * Heat is consumed, but there is neither a heat factor nor local heat data to compute
 * one: the heat emissions cannot be computed (never assumed zero).
 */
public class MissingHeatData extends BusinessException {

	private final double heatConsumption;

	public MissingHeatData(double heatConsumption) {
		super("inventory.missingHeatData", 422, heatConsumption);
		this.heatConsumption = heatConsumption;
	}

	/** LHC: the HEAT_COLD total of Table A [MWh]. */
	public double heatConsumption() {
		return this.heatConsumption;
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, "localHeat", code(), List.of(arguments())));
	}

}
