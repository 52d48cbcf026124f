package eu.mayorsinaction.inventory;

/**
 * Local energy production plants: Table C (electricity: M111–M115) and Table D
 * (heat/cold: M131, M132, M135).
 */
public enum PlantType {

	WIND("M111", true, false), HYDRO("M112", true, false), PHOTOVOLTAIC("M113", true, false), CHP("M114", true, true),
	DISTRICT_HEATING("M132", false, true), OTHER("M115", true, true);

	private final String templateRow;

	private final boolean producesElectricity;

	private final boolean producesHeat;

	PlantType(String templateRow, boolean producesElectricity, boolean producesHeat) {
		this.templateRow = templateRow;
		this.producesElectricity = producesElectricity;
		this.producesHeat = producesHeat;
	}

	/** The Table C row code (for CHP and OTHER also used in Table D as M131 and M135). */
	public String templateRow() {
		return this.templateRow;
	}

	public boolean producesElectricity() {
		return this.producesElectricity;
	}

	public boolean producesHeat() {
		return this.producesHeat;
	}

}
