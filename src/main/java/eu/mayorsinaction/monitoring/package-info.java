/**
 * The Covenant's monitoring cycle of a signatory: the deadlines computed from its
 * commitments and plan submission (pure Java under {@code calculation}), extensions,
 * monitoring reports and the coordinator's cockpit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monitoring")
package eu.mayorsinaction.monitoring;
