/**
 * Baseline and monitoring emission inventories (BEI/MEI), emission factor sets, and the
 * calculation engine that computes them exactly as the Covenant of Mayors defines (pure
 * Java under {@code calculation}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inventories")
package eu.mayorsinaction.inventory;
