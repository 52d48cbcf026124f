package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * A stored emission factor set without its factors: what it is, where its figures come
 * from, and how many inventories are computed with it (once any is, the set never changes
 * again; a changed set is a new version of the same name).
 *
 * @param notes what a user must know about the figures (e.g. units as labelled by the
 * source), or {@code null}
 * @param defaultForNew whether new inventories get this set
 * @param shipped shipped with the platform rather than uploaded
 * @param createdBy the account that uploaded it ({@code null} for a shipped set, or once
 * that account is deleted)
 * @param inventories how many inventories keep this set
 */
public record FactorSetSummary(long id, String name, int version, String source, String notes, Approach approach,
		EmissionUnit unit, boolean defaultForNew, boolean shipped, Instant createdAt, Long createdBy, long inventories,
		int fuelFactors, int electricityFactors) {

	public boolean inUse() {
		return this.inventories > 0;
	}

	/** Name and version, as the audit trail records them. */
	public String label() {
		return this.name + " v" + this.version;
	}

}
