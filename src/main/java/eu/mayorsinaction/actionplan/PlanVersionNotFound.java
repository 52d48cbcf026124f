package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.NotFound;

/** The plan has no submitted edition of this number. */
public class PlanVersionNotFound extends NotFound {

	public PlanVersionNotFound(int edition) {
		super("planversions.version.notFound");
	}

}
