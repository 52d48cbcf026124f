package eu.mayorsinaction.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The signatory form as the browser posts it. A mutable bean so that a value that cannot
 * be converted (letters in the population) stays in the form with its error, instead of
 * the whole form being lost.
 */
public class SignatoryForm {

	private String name;

	private String country;

	private String region;

	private Integer population;

	private Integer populationYear;

	private String populationSource;

	private BigDecimal areaKm2;

	private BigDecimal latitude;

	private BigDecimal longitude;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate adhesionDate;

	private SignatoryStatus status = SignatoryStatus.ACTIVE;

	private String jointPlanGroup;

	private boolean illustrative;

	private Integer version;

	static SignatoryForm from(SignatoryData data) {
		SignatoryForm form = new SignatoryForm();
		form.name = data.name();
		form.country = data.country();
		form.region = data.region();
		form.population = data.population();
		form.populationYear = data.populationYear();
		form.populationSource = data.populationSource();
		form.areaKm2 = data.areaKm2();
		form.latitude = data.latitude();
		form.longitude = data.longitude();
		form.adhesionDate = data.adhesionDate();
		form.status = data.status();
		form.jointPlanGroup = data.jointPlanGroup();
		form.illustrative = data.illustrative();
		form.version = data.version();
		return form;
	}

	SignatoryData toData() {
		return new SignatoryData(this.name, this.country, this.region, this.population, this.populationYear,
				this.populationSource, this.areaKm2, this.latitude, this.longitude, this.adhesionDate, this.status,
				this.jointPlanGroup, this.illustrative, this.version);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getRegion() {
		return this.region;
	}

	public void setRegion(String region) {
		this.region = region;
	}

	public Integer getPopulation() {
		return this.population;
	}

	public void setPopulation(Integer population) {
		this.population = population;
	}

	public Integer getPopulationYear() {
		return this.populationYear;
	}

	public void setPopulationYear(Integer populationYear) {
		this.populationYear = populationYear;
	}

	public String getPopulationSource() {
		return this.populationSource;
	}

	public void setPopulationSource(String populationSource) {
		this.populationSource = populationSource;
	}

	public BigDecimal getAreaKm2() {
		return this.areaKm2;
	}

	public void setAreaKm2(BigDecimal areaKm2) {
		this.areaKm2 = areaKm2;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public LocalDate getAdhesionDate() {
		return this.adhesionDate;
	}

	public void setAdhesionDate(LocalDate adhesionDate) {
		this.adhesionDate = adhesionDate;
	}

	public SignatoryStatus getStatus() {
		return this.status;
	}

	public void setStatus(SignatoryStatus status) {
		this.status = status;
	}

	public String getJointPlanGroup() {
		return this.jointPlanGroup;
	}

	public void setJointPlanGroup(String jointPlanGroup) {
		this.jointPlanGroup = jointPlanGroup;
	}

	public boolean isIllustrative() {
		return this.illustrative;
	}

	public void setIllustrative(boolean illustrative) {
		this.illustrative = illustrative;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
