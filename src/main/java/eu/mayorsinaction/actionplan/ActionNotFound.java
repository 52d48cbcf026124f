package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.NotFound;

/** No such action of the signatory (another signatory's answers the same). */
public class ActionNotFound extends NotFound {

	public ActionNotFound(long id) {
		super("actionplan.action.notFound", id);
	}

}
