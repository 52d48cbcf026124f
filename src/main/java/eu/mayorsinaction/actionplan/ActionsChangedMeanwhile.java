package eu.mayorsinaction.actionplan;

import java.util.List;

import eu.mayorsinaction.shared.EditConflict;

/**
 * A bulk status change found actions that someone else changed (or deleted) since they
 * were read: nothing was changed. Names the actions at fault.
 */
public class ActionsChangedMeanwhile extends EditConflict {

	private final transient List<ActionView> changed;

	private final transient List<Long> missing;

	public ActionsChangedMeanwhile(List<ActionView> changed, List<Long> missing) {
		this.changed = List.copyOf(changed);
		this.missing = List.copyOf(missing);
	}

	/** The actions as they are stored now, whose version differs from the one read. */
	public List<ActionView> changed() {
		return this.changed;
	}

	/** The ids of actions that no longer exist. */
	public List<Long> missing() {
		return this.missing;
	}

	@Override
	public List<Detail> details() {
		List<Detail> details = new java.util.ArrayList<>();
		for (ActionView action : this.changed) {
			details.add(new Detail(null, "actions", "planpages.bulk.changedAction",
					List.of(String.valueOf(action.id()), action.title())));
		}
		for (Long id : this.missing) {
			details.add(new Detail(null, "actions", "planpages.bulk.missingAction", List.of(String.valueOf(id))));
		}
		return details;
	}

}
