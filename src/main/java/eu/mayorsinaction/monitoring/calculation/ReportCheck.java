package eu.mayorsinaction.monitoring.calculation;

import java.util.ArrayList;
import java.util.List;

/**
 * The Covenant's acceptance criteria run on a monitoring report's data before it is
 * submitted (domain brief §2, §4, §5):
 * <ol>
 * <li>the plan is approved by the municipal council (an approval date, status past
 * draft);</li>
 * <li>the commitment's target is at least the framework's minimum (20 % COM_2020, 40 %
 * COM_2030, 55 % COM_2050);</li>
 * <li>the plan's BEI covers at least 3 of the 4 key sectors;</li>
 * <li>the plan's actions cover at least 2 of the 4 key sectors;</li>
 * <li>at least 3 actions are flagged Benchmarks of Excellence (2014 guidelines);</li>
 * <li>the report is complete: the plan has actions, every completed action has its actual
 * cost, and a Full Report has a computed MEI later than the BEI.</li>
 * </ol>
 * A fact that cannot be established (no plan, no BEI) fails its item with the reason.
 */
public final class ReportCheck {

	public static final int MIN_BEI_KEY_SECTORS = 3;

	public static final int MIN_ACTION_KEY_SECTORS = 2;

	public static final int MIN_BENCHMARKS = 3;

	private ReportCheck() {
	}

	/** The criteria, in the order shown. */
	public enum Criterion {

		PLAN_APPROVED, TARGET_MINIMUM, BEI_COVERAGE, ACTION_COVERAGE, BENCHMARKS, COMPLETENESS

	}

	/**
	 * The facts checked; {@code null} where a fact is unknown.
	 *
	 * @param planLinked the report names a plan
	 * @param planApproved the plan has a council approval date and is past draft
	 * @param targetPercent the commitment's target [%]
	 * @param minimumPercent the framework's minimum [%]
	 * @param beiKeySectors key sectors the BEI covers, {@code null}: no (computed) BEI
	 * @param actionKeySectors key sectors the actions cover, {@code null}: not computable
	 * @param actions the plan's actions
	 * @param benchmarks actions flagged Benchmark of Excellence
	 * @param completedWithoutActualCost completed actions without an actual cost
	 * @param fullReport a Full Report (needs an MEI)
	 * @param meiReady the linked MEI exists, is computed and is later than the BEI
	 */
	public record Facts(boolean planLinked, boolean planApproved, Double targetPercent, Integer minimumPercent,
			Integer beiKeySectors, Integer actionKeySectors, int actions, int benchmarks,
			int completedWithoutActualCost, boolean fullReport, boolean meiReady) {

	}

	/**
	 * One criterion's outcome; {@code reason} is a message key suffix that says why it
	 * failed (or {@code ok}), {@code values} its figures (e.g. covered, required).
	 */
	public record Item(Criterion criterion, boolean passed, String reason, List<Object> values) {

		public Item {
			values = List.copyOf(values);
		}

	}

	public static List<Item> check(Facts facts) {
		List<Item> items = new ArrayList<>();
		if (!facts.planLinked()) {
			items.add(fail(Criterion.PLAN_APPROVED, "noPlan"));
		}
		else {
			items.add(facts.planApproved() ? pass(Criterion.PLAN_APPROVED)
					: fail(Criterion.PLAN_APPROVED, "notApproved"));
		}
		if (facts.targetPercent() == null || facts.minimumPercent() == null) {
			items.add(fail(Criterion.TARGET_MINIMUM, "noCommitment"));
		}
		else {
			boolean met = facts.targetPercent() >= facts.minimumPercent();
			items.add(new Item(Criterion.TARGET_MINIMUM, met, met ? "ok" : "belowMinimum",
					List.of(facts.targetPercent(), facts.minimumPercent())));
		}
		if (facts.beiKeySectors() == null) {
			items.add(fail(Criterion.BEI_COVERAGE, "noBaseline"));
		}
		else {
			boolean met = facts.beiKeySectors() >= MIN_BEI_KEY_SECTORS;
			items.add(new Item(Criterion.BEI_COVERAGE, met, met ? "ok" : "tooFew",
					List.of(facts.beiKeySectors(), MIN_BEI_KEY_SECTORS)));
		}
		if (facts.actionKeySectors() == null) {
			items.add(fail(Criterion.ACTION_COVERAGE, "notComputable"));
		}
		else {
			boolean met = facts.actionKeySectors() >= MIN_ACTION_KEY_SECTORS;
			items.add(new Item(Criterion.ACTION_COVERAGE, met, met ? "ok" : "tooFew",
					List.of(facts.actionKeySectors(), MIN_ACTION_KEY_SECTORS)));
		}
		boolean benchmarks = facts.benchmarks() >= MIN_BENCHMARKS;
		items.add(new Item(Criterion.BENCHMARKS, benchmarks, benchmarks ? "ok" : "tooFew",
				List.of(facts.benchmarks(), MIN_BENCHMARKS)));
		if (facts.actions() == 0) {
			items.add(fail(Criterion.COMPLETENESS, "noActions"));
		}
		else if (facts.completedWithoutActualCost() > 0) {
			items.add(new Item(Criterion.COMPLETENESS, false, "actualCostMissing",
					List.of(facts.completedWithoutActualCost())));
		}
		else if (facts.fullReport() && !facts.meiReady()) {
			items.add(fail(Criterion.COMPLETENESS, "meiMissing"));
		}
		else {
			items.add(pass(Criterion.COMPLETENESS));
		}
		return List.copyOf(items);
	}

	public static boolean passed(List<Item> items) {
		return items.stream().allMatch(Item::passed);
	}

	private static Item pass(Criterion criterion) {
		return new Item(criterion, true, "ok", List.of());
	}

	private static Item fail(Criterion criterion, String reason) {
		return new Item(criterion, false, reason, List.of());
	}

}
