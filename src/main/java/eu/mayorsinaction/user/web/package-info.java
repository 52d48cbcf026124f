/**
 * Pages and JSON endpoints of the user module: a person's own account and API tokens, and
 * the accounts a platform admin manages.
 */
package eu.mayorsinaction.user.web;
