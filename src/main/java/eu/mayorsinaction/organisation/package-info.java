/**
 * Signatories, their commitments, the coordinators and supporters that help them, and who
 * supports whom.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations")
package eu.mayorsinaction.organisation;
