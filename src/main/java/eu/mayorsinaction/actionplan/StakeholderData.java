package eu.mayorsinaction.actionplan;

/** What is entered about a stakeholder. */
public record StakeholderData(String name, String role, String contact) {

}
