package eu.mayorsinaction.inventory;

/**
 * Non-energy emissions of Table B, entered directly in tonnes.
 */
public enum NonEnergySector {

	WASTE("M91"), WASTEWATER("M92"), OTHER_NON_ENERGY("M93");

	private final String templateRow;

	NonEnergySector(String templateRow) {
		this.templateRow = templateRow;
	}

	public String templateRow() {
		return this.templateRow;
	}

}
