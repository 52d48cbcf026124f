package eu.mayorsinaction.actionplan;

import java.util.List;

/**
 * Two editions of a plan side by side: the plan fields that differ, the actions added,
 * removed and changed (matched by id, with the old and new value of each field that
 * differs), and the target figures of both.
 */
public record PlanComparison(Side from, Side to, List<FieldChange> planChanges, List<ActionView> added,
		List<ActionView> removed, List<ActionChange> changed) {

	/**
	 * One side: a submitted edition or the living plan ({@code current}).
	 *
	 * @param version the submission, {@code null} for the living plan
	 */
	public record Side(int edition, boolean current, PlanVersionSummary version, PlanSnapshot content) {
	}

	/**
	 * A field that differs: its name ({@code savings.ELECTRICITY} for the saving of a
	 * carrier) and the values before and after ({@code null}: not set).
	 */
	public record FieldChange(String field, Object from, Object to) {
	}

	public record ActionChange(long id, String title, List<FieldChange> changes) {
	}

}
