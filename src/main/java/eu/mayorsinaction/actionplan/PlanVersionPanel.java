package eu.mayorsinaction.actionplan;

/**
 * Where a plan stands with its submissions, for the plan page.
 *
 * @param edition the edition of the living plan
 * @param lastSubmission the latest submitted edition, or {@code null}
 * @param changedSinceSubmission the living plan was changed after the last submission (it
 * is a new edition)
 * @param mayEdit the person may submit
 */
public record PlanVersionPanel(long signatoryId, long planId, int edition, PlanStatus status,
		PlanVersionSummary lastSubmission, boolean changedSinceSubmission, int submissions, boolean mayEdit) {

}
