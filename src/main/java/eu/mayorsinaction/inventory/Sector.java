package eu.mayorsinaction.inventory;

/**
 * The rows of Table A/B of the Covenant's template (final energy consumption by sector),
 * with their template row codes; the last three are the optional sectors of the 2016+
 * frameworks.
 */
public enum Sector {

	MUNICIPAL_BUILDINGS("M11", SectorGroup.BUILDINGS, true), TERTIARY_BUILDINGS("M12", SectorGroup.BUILDINGS, true),
	RESIDENTIAL_BUILDINGS("M13", SectorGroup.BUILDINGS, true), PUBLIC_LIGHTING("M14", SectorGroup.BUILDINGS, true),
	INDUSTRY_NON_ETS("M15", SectorGroup.BUILDINGS, true), MUNICIPAL_FLEET("M31", SectorGroup.TRANSPORT, true),
	PUBLIC_TRANSPORT("M32", SectorGroup.TRANSPORT, true),
	PRIVATE_COMMERCIAL_TRANSPORT("M33", SectorGroup.TRANSPORT, true),
	AGRICULTURE_FORESTRY_FISHERIES(null, SectorGroup.OTHER, false), INDUSTRY_ETS(null, SectorGroup.OTHER, false),
	OTHER(null, SectorGroup.OTHER, false);

	private final String templateRow;

	private final SectorGroup group;

	private final boolean core;

	Sector(String templateRow, SectorGroup group, boolean core) {
		this.templateRow = templateRow;
		this.group = group;
		this.core = core;
	}

	/**
	 * The row code in column A of the 2009 SEAP template, or {@code null} for the later
	 * optional sectors.
	 */
	public String templateRow() {
		return this.templateRow;
	}

	public SectorGroup group() {
		return this.group;
	}

	/** One of the eight sectors of the template (not an optional later one). */
	public boolean core() {
		return this.core;
	}

	/**
	 * The sub-totals of the template: buildings, equipment/facilities and industries
	 * (M28), transport (M48), and the optional sectors.
	 */
	public enum SectorGroup {

		BUILDINGS, TRANSPORT, OTHER

	}

}
