package eu.mayorsinaction.actionplan;

import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.actionplan.calculation.PlanTarget.KeySector;

/**
 * A plan against its target [t CO2/a]. Cancelled actions do not count.
 *
 * @param population the population the per-capita target uses: the projection when one
 * was given ({@code projected}), else the BEI's; {@code null} for an absolute target
 * @param targetPercent the reduction the commitment asks for, e.g. 40 (per cent)
 */
public record PlanTargetView(long planId, long beiInventoryId, int beiYear, double beiTotal, long commitmentId,
		String targetKind, double targetPercent, int targetYear, Long population, boolean projected,
		double reductionNeeded, double expectedReduction, double gap, Map<String, Double> shareByField,
		Set<KeySector> keySectorsCovered, boolean keySectorsMet, int actionsCounted) {

}
