package eu.mayorsinaction.actionplan;

import java.util.List;

/**
 * An action's budget lines with the totals per year and overall [EUR]; an empty amount
 * counts as zero.
 */
public record BudgetView(List<BudgetLineView> lines, List<YearTotal> years, double plannedEur, double actualEur) {

	/** The totals of one year [EUR]. */
	public record YearTotal(int year, double plannedEur, double actualEur) {
	}

}
