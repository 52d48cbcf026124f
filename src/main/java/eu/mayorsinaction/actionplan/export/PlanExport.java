package eu.mayorsinaction.actionplan.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;

/**
 * What an export writes: the plan, its signatory's name, all its actions, the expected
 * CO2 reduction of each action [t/a] where it is known (entered, else computed with the
 * BEI's factors), and the plan against its target when that is computable (else
 * {@code targetProblem} says why).
 */
record PlanExport(PlanView plan, String signatoryName, List<ActionView> actions, Map<Long, Double> reductions,
		PlanTargetView target, String targetProblem) {

	PlanExport {
		actions = List.copyOf(actions);
		reductions = Map.copyOf(reductions);
	}

	/** The expected CO2 reduction of an action [t/a]; {@code null} when not known. */
	Double reduction(ActionView action) {
		return this.reductions.get(action.id());
	}

	/** The sum of an action's savings over its carriers [MWh/a]. */
	static double energySaving(ActionView action) {
		double sum = 0;
		for (Double mwh : action.savings().values()) {
			sum += (mwh != null) ? mwh : 0;
		}
		return sum;
	}

	/**
	 * The actions of a sub-field that count in the sheet (all but the cancelled ones),
	 * key measures first, then by expected CO2 reduction (largest first, unknown last),
	 * then in the order entered.
	 */
	List<ActionView> counted(FieldOfAction field) {
		List<ActionView> counted = new ArrayList<>();
		for (ActionView action : this.actions) {
			if (action.field() == field && action.status() != ActionStatus.CANCELLED) {
				counted.add(action);
			}
		}
		counted.sort(Comparator.comparing((ActionView a) -> !a.keyMeasure())
			.thenComparing((ActionView a) -> (reduction(a) != null) ? -reduction(a) : Double.POSITIVE_INFINITY)
			.thenComparingLong(ActionView::id));
		return counted;
	}

	/** How many actions are cancelled (not listed nor summed in the template). */
	long cancelled() {
		return this.actions.stream().filter((a) -> a.status() == ActionStatus.CANCELLED).count();
	}

}
