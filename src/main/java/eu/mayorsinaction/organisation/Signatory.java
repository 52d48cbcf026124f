package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("signatory")
class Signatory {

	@Id
	Long id;

	String name;

	String country;

	String region;

	Integer population;

	Integer populationYear;

	String populationSource;

	BigDecimal areaKm2;

	BigDecimal latitude;

	BigDecimal longitude;

	LocalDate adhesionDate;

	SignatoryStatus status;

	String jointPlanGroup;

	boolean illustrative;

	@Version
	Integer version;

	Instant createdAt;

	Instant updatedAt;

	static Signatory create(SignatoryData data, Instant now) {
		Signatory signatory = new Signatory();
		signatory.createdAt = now;
		signatory.apply(data, now);
		return signatory;
	}

	void apply(SignatoryData data, Instant now) {
		this.name = data.name().strip();
		this.country = data.country();
		this.region = blankToNull(data.region());
		this.population = data.population();
		this.populationYear = data.populationYear();
		this.populationSource = blankToNull(data.populationSource());
		this.areaKm2 = data.areaKm2();
		this.latitude = data.latitude();
		this.longitude = data.longitude();
		this.adhesionDate = data.adhesionDate();
		this.status = data.status();
		this.jointPlanGroup = blankToNull(data.jointPlanGroup());
		this.illustrative = data.illustrative();
		this.updatedAt = now;
	}

	SignatoryView toView() {
		return new SignatoryView(this.id, this.name, this.country, this.region, this.population, this.populationYear,
				this.populationSource, this.areaKm2, this.latitude, this.longitude, this.adhesionDate, this.status,
				this.jointPlanGroup, this.illustrative, this.version);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
