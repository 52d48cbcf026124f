/**
 * Pages and JSON endpoints of the audit module: the whole trail, filtered, for platform
 * admins.
 */
package eu.mayorsinaction.audit.web;
