package eu.mayorsinaction.inventory.calculation;

import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;

/**
 * Every factor a result was computed with, so that it can be shown and reproduced.
 *
 * @param factorSet the name of the factor set
 * @param approach the approach of the set
 * @param unit the unit of the set
 * @param carriers the factor used per carrier [t/MWh] (electricity: EFE, heat: EFH)
 * @param electricity the local electricity factor and its inputs
 * @param heat the local heat factor and its inputs
 */
public record FactorsUsed(String factorSet, Approach approach, EmissionUnit unit, Map<Carrier, Double> carriers,
		ElectricityFactor electricity, HeatFactor heat) {

	/**
	 * EFE = [(TCE − LPE − GEP) × NEEFE + CO2LPE + CO2GEP] / TCE; for a net exporter (LPE
	 * + GEP > TCE) EFE = (CO2LPE + CO2GEP) / (LPE + GEP); NEEFE itself without local
	 * production and green purchases.
	 *
	 * @param value EFE [t/MWh], or {@code null} when it is neither needed nor known
	 * @param tce total electricity consumption [MWh]
	 * @param lpe local electricity production [MWh]
	 * @param gep green electricity purchases [MWh]
	 * @param co2lpe CO2 of local electricity production [t] (with the electricity share
	 * of CHP plants)
	 * @param co2gep CO2 of the green electricity [t]
	 * @param nationalFactor NEEFE [t/MWh], or {@code null} when not needed and not known
	 * @param nationalFactorGiven NEEFE came with the inventory, not from the set
	 * @param nationalFactorYear the year of the set's factor that was used, or
	 * {@code null}
	 * @param nationalFactorOtherYear the set had no factor for the inventory year: the
	 * nearest year was used
	 * @param netExporter LPE + GEP > TCE
	 */
	public record ElectricityFactor(Double value, double tce, double lpe, double gep, double co2lpe, double co2gep,
			Double nationalFactor, boolean nationalFactorGiven, Integer nationalFactorYear,
			boolean nationalFactorOtherYear, boolean netExporter) {
	}

	/**
	 * EFH = (CO2LPH + CO2IH − CO2EH) / LHC, unless the inventory gives its heat factor.
	 *
	 * @param value the heat factor [t/MWh], or {@code null} when neither needed nor known
	 * @param given the factor came with the inventory
	 * @param lhc local heat consumption: the HEAT_COLD total of Table A [MWh]
	 * @param co2lph CO2 of local heat production [t] (with the heat share of CHP plants)
	 * @param co2ih CO2 of imported heat [t]
	 * @param co2eh CO2 of exported heat [t]
	 */
	public record HeatFactor(Double value, boolean given, double lhc, double co2lph, double co2ih, double co2eh) {
	}

}
