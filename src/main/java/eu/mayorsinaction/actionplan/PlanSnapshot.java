package eu.mayorsinaction.actionplan;

import java.util.List;

/**
 * The frozen content of one edition of a plan, as submitted: the plan, every action with
 * its savings by carrier [MWh/a], and the plan against its target [t CO2/a] when it could
 * be computed ({@code targetUnavailable} names the reason otherwise, as a message key).
 */
public record PlanSnapshot(PlanView plan, List<ActionView> actions, PlanTargetView target, String targetUnavailable,
		List<String> targetUnavailableArguments) {

	public PlanSnapshot {
		actions = (actions == null) ? List.of() : List.copyOf(actions);
		targetUnavailableArguments = (targetUnavailableArguments == null) ? List.of()
				: List.copyOf(targetUnavailableArguments);
	}

}
