/**
 * Accounts, their roles on organisations and signatories, and personal API tokens.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Users")
package eu.mayorsinaction.user;
