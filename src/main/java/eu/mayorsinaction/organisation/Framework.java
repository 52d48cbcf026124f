package eu.mayorsinaction.organisation;

/**
 * The Covenant framework a commitment was made under, with its minimum reduction target
 * and the years between adhesion and the plan's deadline.
 */
public enum Framework {

	/** Covenant of Mayors 2008–2015: SEAP, at least 20% CO2 by 2020. */
	COM_2020(20, 2020, 1),

	/** Covenant of Mayors for Climate &amp; Energy 2015–: SECAP, at least 40% by 2030. */
	COM_2030(40, 2030, 2),

	/**
	 * Covenant of Mayors Europe 2021–: SECAP, at least 55% by 2030 and climate neutrality
	 * by 2050.
	 */
	COM_2050(55, 2030, 2);

	private final int minimumTargetPercent;

	private final int defaultTargetYear;

	private final int yearsToSubmitPlan;

	Framework(int minimumTargetPercent, int defaultTargetYear, int yearsToSubmitPlan) {
		this.minimumTargetPercent = minimumTargetPercent;
		this.defaultTargetYear = defaultTargetYear;
		this.yearsToSubmitPlan = yearsToSubmitPlan;
	}

	public int minimumTargetPercent() {
		return this.minimumTargetPercent;
	}

	public int defaultTargetYear() {
		return this.defaultTargetYear;
	}

	public int yearsToSubmitPlan() {
		return this.yearsToSubmitPlan;
	}

}
