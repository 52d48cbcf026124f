package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("commitment")
class Commitment {

	@Id
	Long id;

	Long signatoryId;

	Framework framework;

	LocalDate councilDecisionDate;

	BigDecimal targetPercent;

	Integer targetYear;

	TargetKind targetKind;

	Instant createdAt;

	static Commitment create(long signatoryId, CommitmentData data, Instant now) {
		Commitment commitment = new Commitment();
		commitment.signatoryId = signatoryId;
		commitment.framework = data.framework();
		commitment.councilDecisionDate = data.councilDecisionDate();
		commitment.targetPercent = data.targetPercent();
		commitment.targetYear = data.targetYear();
		commitment.targetKind = data.targetKind();
		commitment.createdAt = now;
		return commitment;
	}

	CommitmentView toView(boolean current) {
		return new CommitmentView(this.id, this.framework, this.councilDecisionDate, this.targetPercent,
				this.targetYear, this.targetKind, current);
	}

}
