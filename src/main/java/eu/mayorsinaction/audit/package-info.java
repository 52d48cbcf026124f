/**
 * The audit trail: sign-ins, role changes and every change of business data (who, when,
 * what, before and after), recorded from the {@link eu.mayorsinaction.shared.Audited}
 * events of all modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package eu.mayorsinaction.audit;
