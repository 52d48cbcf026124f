package eu.mayorsinaction.inventory.calculation;

import eu.mayorsinaction.inventory.Sector;

/**
 * One data-quality finding with the figures it was judged on; figures that do not apply
 * are {@code null}.
 *
 * @param code the message key of its explanation (bundle {@code quality})
 * @param severity how serious it is
 * @param sector the sector it is about, {@code null} for the whole inventory
 * @param value the inventory's figure (MWh, MWh/inhabitant or a count, see the code)
 * @param reference what it was compared with (the threshold, the previous inventory's
 * MWh)
 * @param referenceYear the year of the previous inventory it was compared with
 * @param median the peers' median (MWh/inhabitant)
 * @param mad the peers' median absolute deviation (MWh/inhabitant)
 * @param z the robust z score 0.6745 × (value − median) / MAD
 * @param peerCount how many peers the median and MAD are made of
 */
public record QualityFinding(String code, QualitySeverity severity, Sector sector, Double value, Double reference,
		Integer referenceYear, Double median, Double mad, Double z, Integer peerCount) {

	static QualityFinding of(String code, QualitySeverity severity, Sector sector, Double value, Double reference) {
		return new QualityFinding(code, severity, sector, value, reference, null, null, null, null, null);
	}

}
