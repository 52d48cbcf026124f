package eu.mayorsinaction.actionplan;

/** A stakeholder of an action: a name, their role or type, and optionally a contact. */
public record StakeholderView(long id, long actionId, String name, String role, String contact) {

}
