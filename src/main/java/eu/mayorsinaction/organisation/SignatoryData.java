package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.mayorsinaction.shared.CountryCode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * What a person enters about a signatory. {@code version} is the version they started
 * from when editing (it detects a concurrent edit) and is ignored on creation. Population
 * and its year may stay empty when no source is known; {@code illustrative} marks figures
 * that are not real.
 */
public record SignatoryData(@NotBlank @Size(max = 200) String name, @NotBlank @CountryCode String country,
		@Size(max = 200) String region, @Positive Integer population, @Min(1800) @Max(2100) Integer populationYear,
		@Size(max = 1000) String populationSource, @Positive @DecimalMax("1000000") BigDecimal areaKm2,
		@DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
		@DecimalMin("-180") @DecimalMax("180") BigDecimal longitude, @PastOrPresent LocalDate adhesionDate,
		@NotNull SignatoryStatus status, @Size(max = 200) String jointPlanGroup, Boolean illustrative,
		Integer version) {

	public SignatoryData {
		// Optional in JSON: absent means the figures are real.
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	/** An empty form for a new signatory. */
	public static SignatoryData blank() {
		return new SignatoryData(null, null, null, null, null, null, null, null, null, null, SignatoryStatus.ACTIVE,
				null, false, null);
	}

}
