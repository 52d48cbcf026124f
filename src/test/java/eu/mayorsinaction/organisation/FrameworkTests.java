package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FrameworkTests {

	// Minimum targets and plan deadlines from the domain brief §5: 2020 framework ≥ 20%
	// (SEAP due 1 year after
	// adhesion), 2030 framework ≥ 40% (SECAP due after 2 years), Covenant of Mayors
	// Europe ≥ 55% by 2030 (2 years).
	@ParameterizedTest
	@CsvSource({ "COM_2020, 20, 2020, 1", "COM_2030, 40, 2030, 2", "COM_2050, 55, 2030, 2" })
	void knows_the_covenant_minimum_and_plan_deadline(Framework framework, int minimum, int targetYear, int years) {
		assertThat(framework.minimumTargetPercent()).isEqualTo(minimum);
		assertThat(framework.defaultTargetYear()).isEqualTo(targetYear);
		assertThat(framework.yearsToSubmitPlan()).isEqualTo(years);
	}

	@ParameterizedTest
	@CsvSource({ "COM_2030, 39.99, true", "COM_2030, 40, false", "COM_2050, 54.5, true", "COM_2020, 20, false" })
	void flags_a_target_below_the_framework_minimum(Framework framework, BigDecimal target, boolean below) {
		CommitmentView commitment = new CommitmentView(1, framework, LocalDate.of(2020, 1, 1), target, 2030,
				TargetKind.ABSOLUTE, true);
		assertThat(commitment.belowFrameworkMinimum()).isEqualTo(below);
	}

}
