/**
 * Cross-cutting web concerns: security configuration, API tokens on requests, languages,
 * layout and error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "System")
package eu.mayorsinaction.system;
