package eu.mayorsinaction.actionplan;

/** The code lists of an action that the platform admin keeps. */
public enum ActionCodeList {

	POLICY_INSTRUMENT, ORIGIN

}
