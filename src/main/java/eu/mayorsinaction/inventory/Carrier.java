package eu.mayorsinaction.inventory;

/**
 * The energy carriers: the columns C–Q of Table A/B of the Covenant's template.
 */
public enum Carrier {

	ELECTRICITY("C", Kind.ELECTRICITY), HEAT_COLD("D", Kind.HEAT), NATURAL_GAS("E", Kind.FOSSIL),
	LIQUID_GAS("F", Kind.FOSSIL), HEATING_OIL("G", Kind.FOSSIL), DIESEL("H", Kind.FOSSIL), GASOLINE("I", Kind.FOSSIL),
	LIGNITE("J", Kind.FOSSIL), COAL("K", Kind.FOSSIL), OTHER_FOSSIL("L", Kind.FOSSIL), PLANT_OIL("M", Kind.RENEWABLE),
	BIOFUEL("N", Kind.RENEWABLE), OTHER_BIOMASS("O", Kind.RENEWABLE), SOLAR_THERMAL("P", Kind.RENEWABLE),
	GEOTHERMAL("Q", Kind.RENEWABLE);

	private final String templateColumn;

	private final Kind kind;

	Carrier(String templateColumn, Kind kind) {
		this.templateColumn = templateColumn;
		this.kind = kind;
	}

	/** The column letter in Table A/B of the 2009 SEAP template. */
	public String templateColumn() {
		return this.templateColumn;
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * How a carrier's emission factor is found: electricity and heat locally, the others
	 * from a factor set.
	 */
	public enum Kind {

		ELECTRICITY, HEAT, FOSSIL, RENEWABLE

	}

}
