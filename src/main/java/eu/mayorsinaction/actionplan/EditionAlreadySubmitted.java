package eu.mayorsinaction.actionplan;

import eu.mayorsinaction.shared.BusinessException;

/** The living edition of the plan was submitted already: change the plan first. */
public class EditionAlreadySubmitted extends BusinessException {

	public EditionAlreadySubmitted(int edition) {
		super("planversions.error.alreadySubmitted", 409, edition);
	}

}
