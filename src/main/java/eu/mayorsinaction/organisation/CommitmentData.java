package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * A commitment as entered: the framework, the council decision and the reduction target.
 */
public record CommitmentData(@NotNull Framework framework, @NotNull @PastOrPresent LocalDate councilDecisionDate,
		@NotNull @DecimalMin(value = "0", inclusive = false, message = "{validation.targetPercent}") @DecimalMax(
				value = "100", message = "{validation.targetPercent}") BigDecimal targetPercent,
		@NotNull @Min(2000) @Max(2100) Integer targetYear, @NotNull TargetKind targetKind) {

	public static CommitmentData blank() {
		return new CommitmentData(Framework.COM_2050, null, null, Framework.COM_2050.defaultTargetYear(),
				TargetKind.ABSOLUTE);
	}

}
