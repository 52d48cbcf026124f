package eu.mayorsinaction.inventory.calculation;

import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.Sector;

/**
 * A monitoring inventory against the baseline: the changes by sector and by carrier, the
 * reduction achieved and, with a commitment, where it stands on the trajectory.
 *
 * @param inventory the MEI
 * @param total the change of the total (energy and non-energy) [t]
 * @param nonEnergy the change of the non-energy emissions [t]
 * @param bySector the change of each sector emitting in either inventory [t]
 * @param byCarrier the change of each carrier emitting in either inventory [t]
 * @param sameMethod both inventories use the same approach (IPCC/LCA) and unit, so their
 * figures compare
 * @param reductionAchievedPercent the reduction since the baseline in the metric of the
 * commitment (total without one) [%], or {@code null} when it cannot be known
 * @param actual the MEI's value in the commitment's metric, or {@code null}
 * @param trajectoryValue the trajectory's value in the MEI year, or {@code null}
 * @param status on track, behind or not assessed
 * @param margin trajectoryValue − actual: ahead when positive, behind when negative, or
 * {@code null}
 * @param stillNeeded the reduction still needed to reach the target level, zero when
 * reached (t or t/inhabitant), or {@code null}
 * @param stillNeededPercent stillNeeded relative to actual [%], or {@code null}
 * @param problem why the status is not assessed (message code), else {@code null}
 */
public record ProgressComparison(ProgressInventory inventory, ProgressChange total, ProgressChange nonEnergy,
		Map<Sector, ProgressChange> bySector, Map<Carrier, ProgressChange> byCarrier, boolean sameMethod,
		Double reductionAchievedPercent, Double actual, Double trajectoryValue, ProgressStatus status, Double margin,
		Double stillNeeded, Double stillNeededPercent, String problem) {

	public int year() {
		return this.inventory.year();
	}

}
