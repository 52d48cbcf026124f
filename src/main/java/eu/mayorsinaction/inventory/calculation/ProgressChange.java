package eu.mayorsinaction.inventory.calculation;

/**
 * How one figure changed from the baseline to a monitoring inventory.
 *
 * @param baseline the BEI's value [t]
 * @param current the MEI's value [t]
 * @param change current − baseline [t] (negative: a reduction)
 * @param percent the change relative to the baseline [%], or {@code null} when the
 * baseline is zero
 * @param baselinePerCapita the BEI's value per inhabitant [t], or {@code null} without
 * its population
 * @param currentPerCapita the MEI's value per inhabitant [t], or {@code null} without its
 * population
 * @param perCapitaChange the change per inhabitant [t], or {@code null} unless both
 * populations are known
 */
public record ProgressChange(double baseline, double current, double change, Double percent, Double baselinePerCapita,
		Double currentPerCapita, Double perCapitaChange) {

	static ProgressChange of(double baseline, double current, Double baselinePopulation, Double currentPopulation) {
		Double percent = (baseline != 0) ? (current - baseline) / baseline * 100 : null;
		Double baselinePerCapita = (baselinePopulation != null) ? baseline / baselinePopulation : null;
		Double currentPerCapita = (currentPopulation != null) ? current / currentPopulation : null;
		Double perCapitaChange = (baselinePerCapita != null && currentPerCapita != null)
				? currentPerCapita - baselinePerCapita : null;
		return new ProgressChange(baseline, current, current - baseline, percent, baselinePerCapita, currentPerCapita,
				perCapitaChange);
	}

}
