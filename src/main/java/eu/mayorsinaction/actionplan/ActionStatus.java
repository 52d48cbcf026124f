package eu.mayorsinaction.actionplan;

/** Where an action stands (domain brief §4). */
public enum ActionStatus {

	NOT_STARTED, ONGOING, COMPLETED, POSTPONED, CANCELLED

}
