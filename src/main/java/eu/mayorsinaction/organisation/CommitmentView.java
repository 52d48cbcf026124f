package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commitment as shown; {@code current} marks the one that drives deadlines and
 * progress.
 */
public record CommitmentView(long id, Framework framework, LocalDate councilDecisionDate, BigDecimal targetPercent,
		int targetYear, TargetKind targetKind, boolean current) {

	/**
	 * The target is below what the framework asks for (the Covenant would not accept the
	 * plan).
	 */
	public boolean belowFrameworkMinimum() {
		return targetPercent.compareTo(BigDecimal.valueOf(framework.minimumTargetPercent())) < 0;
	}

}
