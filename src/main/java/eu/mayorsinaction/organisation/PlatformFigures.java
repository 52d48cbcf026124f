package eu.mayorsinaction.organisation;

import java.util.List;

/**
 * Headline figures over the signatories a person may see (or over all, on the public
 * landing page).
 *
 * @param signatories how many signatories
 * @param populationCovered the sum of the populations that are known
 * @param withoutPopulation how many signatories have no population on record
 * @param byCountry the same per country, largest first
 */
public record PlatformFigures(long signatories, long populationCovered, long withoutPopulation,
		List<CountryFigures> byCountry) {

	/** Figures for one country. */
	public record CountryFigures(String country, long signatories, long populationCovered, long supporters) {
	}

}
