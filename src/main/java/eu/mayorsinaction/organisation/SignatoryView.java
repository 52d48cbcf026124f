package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A signatory as pages and the API show it.
 */
public record SignatoryView(long id, String name, String country, String region, Integer population,
		Integer populationYear, String populationSource, BigDecimal areaKm2, BigDecimal latitude, BigDecimal longitude,
		LocalDate adhesionDate, SignatoryStatus status, String jointPlanGroup, boolean illustrative, int version) {

	public SignatoryData toData() {
		return new SignatoryData(name, country, region, population, populationYear, populationSource, areaKm2, latitude,
				longitude, adhesionDate, status, jointPlanGroup, illustrative, version);
	}

}
