package eu.mayorsinaction.actionplan;

/** Where a plan stands (domain brief §4). */
public enum PlanStatus {

	DRAFT, APPROVED_BY_COUNCIL, SUBMITTED_TO_COVENANT, ACCEPTED, REVISION_REQUESTED

}
