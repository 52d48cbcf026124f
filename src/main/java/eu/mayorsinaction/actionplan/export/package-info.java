/**
 * Export of an action plan: the action-plan sheet of a filled copy of the SEAP template,
 * and the table of its actions as CSV and XLSX. A named interface: other modules (the
 * monitoring report's export) fill the template through {@link PlanExports}.
 */
@org.springframework.modulith.NamedInterface("export")
package eu.mayorsinaction.actionplan.export;
