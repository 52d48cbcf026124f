package eu.mayorsinaction.actionplan;

/** The kind of plan: SEAP (2020 framework) or SECAP (2030/2050, with adaptation). */
public enum PlanKind {

	SEAP, SECAP

}
