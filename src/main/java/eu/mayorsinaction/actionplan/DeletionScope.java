package eu.mayorsinaction.actionplan;

/**
 * What goes with a plan or an action when it is deleted, counted: the actions (of a plan)
 * and their stakeholders, milestones, budget lines, indicators with their values,
 * evidence files (kept in the database, so their content goes too: {@code evidenceBytes})
 * and comments. {@code submittedEditions} and {@code lastSubmittedEdition} (0 when none)
 * are the plan's editions submitted to the Covenant: they forbid deleting the plan, and
 * they keep an action deleted from the plan as it was submitted.
 * {@code monitoringReports} name the plan: they are kept and no longer name a plan (0 for
 * an action).
 */
public record DeletionScope(int actions, int stakeholders, int milestones, int budgetLines, int indicators,
		int indicatorValues, int evidenceFiles, long evidenceBytes, int comments, int submittedEditions,
		int lastSubmittedEdition, int monitoringReports) {

	/** Whether nothing but the plan or action itself goes. */
	public boolean nothingElse() {
		return this.actions == 0 && this.stakeholders == 0 && this.milestones == 0 && this.budgetLines == 0
				&& this.indicators == 0 && this.indicatorValues == 0 && this.evidenceFiles == 0 && this.comments == 0;
	}

}
