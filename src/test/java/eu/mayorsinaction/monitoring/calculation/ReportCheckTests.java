package eu.mayorsinaction.monitoring.calculation;

import java.util.List;

import eu.mayorsinaction.monitoring.calculation.ReportCheck.Criterion;
import eu.mayorsinaction.monitoring.calculation.ReportCheck.Facts;
import eu.mayorsinaction.monitoring.calculation.ReportCheck.Item;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The pre-submission criteria one by one, at and around their limits. */
class ReportCheckTests {

	/**
	 * Everything in order: approved plan, 40 % ≥ 40 %, BEI 3 of 4, actions 2 of 4, 3 BoE.
	 */
	private static final Facts GOOD = new Facts(true, true, 40.0, 40, 3, 2, 12, 3, 0, false, false);

	@Test
	void aCompleteReportPassesEveryCriterion() {
		List<Item> items = ReportCheck.check(GOOD);
		assertThat(items).extracting(Item::criterion, Item::passed)
			.containsExactly(tuple(Criterion.PLAN_APPROVED, true), tuple(Criterion.TARGET_MINIMUM, true),
					tuple(Criterion.BEI_COVERAGE, true), tuple(Criterion.ACTION_COVERAGE, true),
					tuple(Criterion.BENCHMARKS, true), tuple(Criterion.COMPLETENESS, true));
		assertThat(ReportCheck.passed(items)).isTrue();
		assertThat(items.get(1).values()).containsExactly(40.0, 40);
	}

	@Test
	void eachLimitFailsOneBelowIt() {
		// 39.5 % < 40 %; BEI 2 < 3; actions 1 < 2; 2 BoE < 3.
		List<Item> items = ReportCheck.check(new Facts(true, true, 39.5, 40, 2, 1, 12, 2, 0, false, false));
		assertThat(items).extracting(Item::criterion, Item::passed, Item::reason)
			.containsExactly(tuple(Criterion.PLAN_APPROVED, true, "ok"),
					tuple(Criterion.TARGET_MINIMUM, false, "belowMinimum"),
					tuple(Criterion.BEI_COVERAGE, false, "tooFew"), tuple(Criterion.ACTION_COVERAGE, false, "tooFew"),
					tuple(Criterion.BENCHMARKS, false, "tooFew"), tuple(Criterion.COMPLETENESS, true, "ok"));
		assertThat(items.get(2).values()).containsExactly(2, 3);
		assertThat(ReportCheck.passed(items)).isFalse();
	}

	@Test
	void missingFactsFailWithTheirReason() {
		List<Item> items = ReportCheck.check(new Facts(false, false, null, null, null, null, 0, 0, 0, false, false));
		assertThat(items).extracting(Item::reason)
			.containsExactly("noPlan", "noCommitment", "noBaseline", "notComputable", "tooFew", "noActions");
	}

	@Test
	void completenessNamesCompletedActionsWithoutActualCostThenTheMei() {
		assertThat(ReportCheck.check(new Facts(true, true, 40.0, 40, 3, 2, 12, 3, 2, true, false)).get(5))
			.extracting(Item::reason, Item::values)
			.containsExactly("actualCostMissing", List.of(2));
		assertThat(ReportCheck.check(new Facts(true, true, 40.0, 40, 3, 2, 12, 3, 0, true, false)).get(5).reason())
			.isEqualTo("meiMissing");
		assertThat(ReportCheck.check(new Facts(true, true, 40.0, 40, 3, 2, 12, 3, 0, true, true)).get(5).passed())
			.isTrue();
	}

	@Test
	void aPlanWithoutCouncilApprovalFails() {
		assertThat(ReportCheck.check(new Facts(true, false, 40.0, 40, 3, 2, 12, 3, 0, false, false)).get(0))
			.extracting(Item::passed, Item::reason)
			.containsExactly(false, "notApproved");
	}

}
