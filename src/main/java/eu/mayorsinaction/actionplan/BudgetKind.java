package eu.mayorsinaction.actionplan;

/** The kind of a budget line. */
public enum BudgetKind {

	INVESTMENT, OPERATING

}
