package eu.mayorsinaction.actionplan;

/** What is entered for a budget line [EUR]. */
public record BudgetLineData(Integer year, BudgetKind kind, Double plannedEur, Double actualEur, String fundingSource) {

}
