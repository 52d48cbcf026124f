/**
 * Export of a monitoring report: a filled copy of the SEAP template, and the reported
 * actions with the report's header as CSV and XLSX.
 */
package eu.mayorsinaction.monitoring.export;
