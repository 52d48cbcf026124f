/**
 * Platform-wide data movements: the demo data set, and later bulk onboarding,
 * backup/restore and the command line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange")
package eu.mayorsinaction.exchange;
