package eu.mayorsinaction.inventory;

/**
 * The reporting unit of an inventory: tonnes of CO2, or tonnes of CO2 equivalent.
 */
public enum EmissionUnit {

	CO2, CO2_EQ

}
