package eu.mayorsinaction.actionplan;

/** A yearly budget line of an action [EUR]. */
public record BudgetLineView(long id, long actionId, int year, BudgetKind kind, Double plannedEur, Double actualEur,
		String fundingSource) {

}
