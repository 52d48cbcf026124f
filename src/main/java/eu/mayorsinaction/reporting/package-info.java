/**
 * The read side: the public landing page, dashboards and, later, public pages and
 * reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package eu.mayorsinaction.reporting;
