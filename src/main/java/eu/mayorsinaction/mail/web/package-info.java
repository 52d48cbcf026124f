/**
 * The mail log page for platform admins.
 */
package eu.mayorsinaction.mail.web;
