/**
 * Export of an action plan: the action-plan sheet of a filled copy of the SEAP template,
 * and the table of its actions as CSV and XLSX.
 */
package eu.mayorsinaction.actionplan.export;
