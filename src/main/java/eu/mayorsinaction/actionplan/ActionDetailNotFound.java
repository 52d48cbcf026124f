package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.NotFound;

/**
 * No such stakeholder, milestone, budget line, indicator, file or comment of the action
 * (another signatory's answers the same).
 */
public class ActionDetailNotFound extends NotFound {

	public ActionDetailNotFound(long id) {
		super("actiondetails.notFound", id);
	}

}
