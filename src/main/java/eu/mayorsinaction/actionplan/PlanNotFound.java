package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.NotFound;

/** No such plan of the signatory (another signatory's answers the same). */
public class PlanNotFound extends NotFound {

	public PlanNotFound(long id) {
		super("actionplan.plan.notFound", id);
	}

}
