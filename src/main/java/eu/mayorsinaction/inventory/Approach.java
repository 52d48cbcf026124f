package eu.mayorsinaction.inventory;

/**
 * Emission factor approach: {@code IPCC} ("standard", combustion in the territory) or
 * {@code LCA} (life cycle).
 */
public enum Approach {

	IPCC, LCA

}
