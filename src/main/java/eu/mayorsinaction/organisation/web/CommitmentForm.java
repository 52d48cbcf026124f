package eu.mayorsinaction.organisation.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.TargetKind;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commitment form as the browser posts it.
 */
public class CommitmentForm {

	private Framework framework = Framework.COM_2050;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate councilDecisionDate;

	private BigDecimal targetPercent;

	private Integer targetYear = Framework.COM_2050.defaultTargetYear();

	private TargetKind targetKind = TargetKind.ABSOLUTE;

	CommitmentData toData() {
		return new CommitmentData(this.framework, this.councilDecisionDate, this.targetPercent, this.targetYear,
				this.targetKind);
	}

	public Framework getFramework() {
		return this.framework;
	}

	public void setFramework(Framework framework) {
		this.framework = framework;
	}

	public LocalDate getCouncilDecisionDate() {
		return this.councilDecisionDate;
	}

	public void setCouncilDecisionDate(LocalDate councilDecisionDate) {
		this.councilDecisionDate = councilDecisionDate;
	}

	public BigDecimal getTargetPercent() {
		return this.targetPercent;
	}

	public void setTargetPercent(BigDecimal targetPercent) {
		this.targetPercent = targetPercent;
	}

	public Integer getTargetYear() {
		return this.targetYear;
	}

	public void setTargetYear(Integer targetYear) {
		this.targetYear = targetYear;
	}

	public TargetKind getTargetKind() {
		return this.targetKind;
	}

	public void setTargetKind(TargetKind targetKind) {
		this.targetKind = targetKind;
	}

}
