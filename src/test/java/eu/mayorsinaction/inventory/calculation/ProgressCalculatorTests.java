package eu.mayorsinaction.inventory.calculation;

import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The progress comparison against figures worked out by hand (the working beside each
 * case): t CO2 for totals, t CO2/inhabitant per capita, % for shares.
 */
class ProgressCalculatorTests {

	private static final double EXACT = 1e-6;

	// Absolute commitments: target = BEI total × (1 − p); trajectory in year y =
	// BEI − (BEI − target) × (y − BEI year) / (target year − BEI year)

	@ParameterizedTest(name = "BEI {0} {1} t, {2}% by {3}; MEI {4} {5} t → {8} by {9} t")
	@CsvSource({
			// brief: target 100,000 × 0.8 = 80,000; trajectory 2014 = 100,000 − 20,000 ×
			// 6/12
			// = 90,000; 88,000 is 2,000 below it; achieved (100,000 − 88,000)/100,000 =
			// 12%;
			// still needed 88,000 − 80,000 = 8,000 (8,000/88,000 = 9.090909%)
			"2008, 100000, 20, 2020, 2014,  88000,  80000,  90000, ON_TRACK,   2000, 12,  8000, 9.090909",
			// same line; 93,000 is 3,000 above 90,000; achieved 7%; still 13,000
			// (13.978495%)
			"2008, 100000, 20, 2020, 2014,  93000,  80000,  90000, BEHIND,    -3000,  7, 13000, 13.978495",
			// target 50,000 × 0.6 = 30,000; 2015: 50,000 − 20,000 × 5/20 = 45,000:
			// exactly on it;
			// achieved 10%; still 15,000 (15,000/45,000 = 33.333333%)
			"2010,  50000, 40, 2030, 2015,  45000,  30000,  45000, ON_TRACK,      0, 10, 15000, 33.333333",
			// after the target year the trajectory is the target: 80,000; 79,000 is 1,000
			// below;
			// achieved 21%; target reached: still needed 0
			"2008, 100000, 20, 2020, 2022,  79000,  80000,  80000, ON_TRACK,   1000, 21,     0, 0",
			// target 200,000 × 0.45 = 90,000; 2021: 200,000 − 110,000 × 16/25 = 129,600;
			// 150,000 is 20,400 above; achieved 25%; still 60,000 (40%)
			"2005, 200000, 55, 2030, 2021, 150000,  90000, 129600, BEHIND,   -20400, 25, 60000, 40" })
	void an_mei_is_judged_against_the_straight_line_to_an_absolute_target(int beiYear, double beiTotal, double percent,
			int targetYear, int meiYear, double meiTotal, double targetLevel, double trajectory, ProgressStatus status,
			double margin, double achieved, double stillNeeded, double stillNeededPercent) {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, beiYear, total(beiTotal, null)),
						inventory(2, InventoryType.MEI, meiYear, total(meiTotal, null))),
				new ProgressCommitment(percent, targetYear, ProgressMetric.ABSOLUTE));

		assertThat(progress.target().baselineValue()).isCloseTo(beiTotal, within(EXACT));
		assertThat(progress.target().targetValue()).isCloseTo(targetLevel, within(EXACT));
		ProgressComparison mei = progress.latest();
		assertThat(mei.actual()).isCloseTo(meiTotal, within(EXACT));
		assertThat(mei.trajectoryValue()).isCloseTo(trajectory, within(EXACT));
		assertThat(mei.status()).isEqualTo(status);
		assertThat(mei.margin()).isCloseTo(margin, within(EXACT));
		assertThat(mei.reductionAchievedPercent()).isCloseTo(achieved, within(EXACT));
		assertThat(mei.stillNeeded()).isCloseTo(stillNeeded, within(EXACT));
		assertThat(mei.stillNeededPercent()).isCloseTo(stillNeededPercent, within(EXACT));
		assertThat(mei.problem()).isNull();
	}

	/**
	 * BEI 2010: 300,000 t for 50,000 inhabitants = 6 t/inh; 40% per capita by 2030 → 6 ×
	 * 0.6 = 3.6 t/inh. MEI 2020: 300,000 t for 60,000 = 5 t/inh. Trajectory 2020 = 6 −
	 * 2.4 × 10/20 = 4.8: 5 is 0.2 above, behind. Achieved (6 − 5)/6 = 16.666667%,
	 * although the total did not change (0 t, 0%). Still needed 5 − 3.6 = 1.4 t/inh
	 * (1.4/5 = 28%).
	 */
	@Test
	void a_per_capita_target_counts_emissions_per_inhabitant() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2010, total(300_000, 50_000.0)),
						inventory(2, InventoryType.MEI, 2020, total(300_000, 60_000.0))),
				new ProgressCommitment(40, 2030, ProgressMetric.PER_CAPITA));

		assertThat(progress.target().metric()).isEqualTo(ProgressMetric.PER_CAPITA);
		assertThat(progress.target().baselineValue()).isCloseTo(6.0, within(EXACT));
		assertThat(progress.target().targetValue()).isCloseTo(3.6, within(EXACT));
		ProgressComparison mei = progress.latest();
		assertThat(mei.total().change()).isCloseTo(0.0, within(EXACT));
		assertThat(mei.total().percent()).isCloseTo(0.0, within(EXACT));
		assertThat(mei.total().perCapitaChange()).isCloseTo(-1.0, within(EXACT));
		assertThat(mei.actual()).isCloseTo(5.0, within(EXACT));
		assertThat(mei.trajectoryValue()).isCloseTo(4.8, within(EXACT));
		assertThat(mei.status()).isEqualTo(ProgressStatus.BEHIND);
		assertThat(mei.margin()).isCloseTo(-0.2, within(EXACT));
		assertThat(mei.reductionAchievedPercent()).isCloseTo(16.666667, within(EXACT));
		assertThat(mei.stillNeeded()).isCloseTo(1.4, within(EXACT));
		assertThat(mei.stillNeededPercent()).isCloseTo(28.0, within(EXACT));
	}

	/**
	 * BEI 2010: 200,000 t / 40,000 = 5 t/inh; 20% per capita by 2020 → 4 t/inh. MEI 2016:
	 * 215,000 t / 50,000 = 4.3 t/inh. Trajectory 2016 = 5 − 1 × 6/10 = 4.4: ahead by 0.1
	 * t/inh although the total rose by 15,000 t (+7.5%). Achieved (5 − 4.3)/5 = 14%.
	 */
	@Test
	void a_growing_town_can_be_on_track_per_capita_while_its_total_rises() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2010, total(200_000, 40_000.0)),
						inventory(2, InventoryType.MEI, 2016, total(215_000, 50_000.0))),
				new ProgressCommitment(20, 2020, ProgressMetric.PER_CAPITA));

		ProgressComparison mei = progress.latest();
		assertThat(mei.total().change()).isCloseTo(15_000, within(EXACT));
		assertThat(mei.total().percent()).isCloseTo(7.5, within(EXACT));
		assertThat(mei.trajectoryValue()).isCloseTo(4.4, within(EXACT));
		assertThat(mei.status()).isEqualTo(ProgressStatus.ON_TRACK);
		assertThat(mei.margin()).isCloseTo(0.1, within(EXACT));
		assertThat(mei.reductionAchievedPercent()).isCloseTo(14.0, within(EXACT));
	}

	/**
	 * BEI 2008 (50,000 inh.): municipal 10,000 + residential 50,000 + private transport
	 * 40,000 = 100,000 t; electricity 30,000 + natural gas 30,000 + diesel 40,000. MEI
	 * 2014 (44,000 inh.): municipal 8,000 (−2,000, −20%), residential 45,000 (−5,000,
	 * −10%), private transport 35,000 (−5,000, −12.5%) = 88,000 t; electricity 24,000
	 * (−6,000, −20%), natural gas 29,000 (−1,000, −3.333333%), diesel 35,000 (−5,000,
	 * −12.5%). Per capita municipal 10,000/50,000 = 0.2 → 8,000/44,000 = 0.181818:
	 * −0.018182 t/inh; total 100,000/50,000 = 2 → 88,000/44,000 = 2: no change.
	 */
	@Test
	void the_changes_by_sector_and_by_carrier_are_absolute_relative_and_per_capita() {
		ProgressFigures bei = figures(100_000, 50_000.0,
				Map.of(Sector.MUNICIPAL_BUILDINGS, 10_000.0, Sector.RESIDENTIAL_BUILDINGS, 50_000.0,
						Sector.PRIVATE_COMMERCIAL_TRANSPORT, 40_000.0, Sector.TERTIARY_BUILDINGS, 0.0),
				Map.of(Carrier.ELECTRICITY, 30_000.0, Carrier.NATURAL_GAS, 30_000.0, Carrier.DIESEL, 40_000.0));
		ProgressFigures mei = figures(88_000, 44_000.0,
				Map.of(Sector.MUNICIPAL_BUILDINGS, 8_000.0, Sector.RESIDENTIAL_BUILDINGS, 45_000.0,
						Sector.PRIVATE_COMMERCIAL_TRANSPORT, 35_000.0),
				Map.of(Carrier.ELECTRICITY, 24_000.0, Carrier.NATURAL_GAS, 29_000.0, Carrier.DIESEL, 35_000.0));
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008, bei), inventory(2, InventoryType.MEI, 2014, mei)), null);

		ProgressComparison comparison = progress.latest();
		// Sectors with no emissions in either inventory are left out (tertiary: 0 and 0).
		assertThat(comparison.bySector()).containsOnlyKeys(Sector.MUNICIPAL_BUILDINGS, Sector.RESIDENTIAL_BUILDINGS,
				Sector.PRIVATE_COMMERCIAL_TRANSPORT);
		expect(comparison.bySector().get(Sector.MUNICIPAL_BUILDINGS), 10_000, 8_000, -2_000, -20.0);
		expect(comparison.bySector().get(Sector.RESIDENTIAL_BUILDINGS), 50_000, 45_000, -5_000, -10.0);
		expect(comparison.bySector().get(Sector.PRIVATE_COMMERCIAL_TRANSPORT), 40_000, 35_000, -5_000, -12.5);
		expect(comparison.byCarrier().get(Carrier.ELECTRICITY), 30_000, 24_000, -6_000, -20.0);
		expect(comparison.byCarrier().get(Carrier.NATURAL_GAS), 30_000, 29_000, -1_000, -3.333333);
		expect(comparison.byCarrier().get(Carrier.DIESEL), 40_000, 35_000, -5_000, -12.5);
		assertThat(comparison.byCarrier()).hasSize(3);
		ProgressChange municipal = comparison.bySector().get(Sector.MUNICIPAL_BUILDINGS);
		assertThat(municipal.baselinePerCapita()).isCloseTo(0.2, within(EXACT));
		assertThat(municipal.currentPerCapita()).isCloseTo(0.181818, within(EXACT));
		assertThat(municipal.perCapitaChange()).isCloseTo(-0.018182, within(EXACT));
		expect(comparison.total(), 100_000, 88_000, -12_000, -12.0);
		assertThat(comparison.total().perCapitaChange()).isCloseTo(0.0, within(EXACT));
		// Without a commitment the reduction is counted in total, but not judged.
		assertThat(comparison.reductionAchievedPercent()).isCloseTo(12.0, within(EXACT));
		assertThat(comparison.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
		assertThat(comparison.problem()).isEqualTo("progress.reason.noCommitment");
		assertThat(progress.target()).isNull();
		assertThat(progress.trajectory()).isEmpty();
		assertThat(comparison.sameMethod()).isTrue();
	}

	/** A sector absent from the BEI has no relative change (nothing to divide by). */
	@Test
	void a_sector_new_since_the_baseline_has_no_percentage() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008,
						figures(1_000, null, Map.of(Sector.RESIDENTIAL_BUILDINGS, 1_000.0), Map.of())),
						inventory(2, InventoryType.MEI, 2012,
								figures(1_300, null,
										Map.of(Sector.RESIDENTIAL_BUILDINGS, 1_000.0, Sector.PUBLIC_TRANSPORT, 300.0),
										Map.of()))),
				null);
		ProgressChange transport = progress.latest().bySector().get(Sector.PUBLIC_TRANSPORT);
		assertThat(transport.change()).isCloseTo(300.0, within(EXACT));
		assertThat(transport.percent()).isNull();
		// no populations: no per-capita figures, rather than zeros
		assertThat(transport.perCapitaChange()).isNull();
		assertThat(progress.latest().total().perCapitaChange()).isNull();
	}

	/**
	 * BEI 2005 and BEI 2008 computed, BEI 2009 a draft without result: the 2008 one is
	 * the baseline; the others are listed with the reason.
	 */
	@Test
	void the_latest_computed_bei_is_the_baseline_and_the_others_are_listed() {
		ProgressInventory bei2005 = inventory(1, InventoryType.BEI, 2005, total(120_000, null));
		ProgressInventory bei2008 = inventory(2, InventoryType.BEI, 2008, total(100_000, null));
		ProgressInventory draft2009 = new ProgressInventory(3, InventoryType.BEI, 2009, null,
				"inventory.missingHeatData");
		ProgressInventory draftMei = new ProgressInventory(5, InventoryType.MEI, 2016, null, null);
		ProgressInventory mei2014 = inventory(4, InventoryType.MEI, 2014, total(88_000, null));
		Progress progress = ProgressCalculator.compare(List.of(mei2014, draft2009, bei2005, bei2008, draftMei),
				new ProgressCommitment(20, 2020, ProgressMetric.ABSOLUTE));

		assertThat(progress.baseline()).isEqualTo(bei2008);
		assertThat(progress.baselineChoice()).isEqualTo(Progress.BaselineChoice.LATEST_OF_SEVERAL);
		assertThat(progress.notCompared()).containsExactly(
				new Progress.Exclusion(bei2005, "progress.reason.olderBaseline"),
				new Progress.Exclusion(draft2009, "inventory.missingHeatData"),
				new Progress.Exclusion(draftMei, "progress.reason.notComputed"));
		assertThat(progress.comparisons()).extracting(ProgressComparison::inventory).containsExactly(mei2014);
		// against 2008 (100,000 t): achieved 12%
		assertThat(progress.latest().reductionAchievedPercent()).isCloseTo(12.0, within(EXACT));
	}

	@Test
	void the_only_bei_is_the_baseline() {
		Progress progress = ProgressCalculator
			.compare(List.of(inventory(1, InventoryType.BEI, 2008, total(100_000, null))), null);
		assertThat(progress.baselineChoice()).isEqualTo(Progress.BaselineChoice.ONLY);
		assertThat(progress.comparisons()).isEmpty();
		assertThat(progress.latest()).isNull();
	}

	@Test
	void without_a_bei_the_meis_are_listed_but_not_compared() {
		ProgressInventory mei = inventory(1, InventoryType.MEI, 2014, total(88_000, null));
		Progress progress = ProgressCalculator.compare(List.of(mei),
				new ProgressCommitment(20, 2020, ProgressMetric.ABSOLUTE));
		assertThat(progress.baseline()).isNull();
		assertThat(progress.baselineChoice()).isEqualTo(Progress.BaselineChoice.NONE);
		assertThat(progress.notCompared()).containsExactly(new Progress.Exclusion(mei, "progress.reason.noBaseline"));
		assertThat(progress.target()).isNull();
		assertThat(progress.targetProblem()).isNull();
		assertThat(progress.trajectory()).isEmpty();
	}

	/**
	 * A per-capita commitment and a BEI without population: no target (a named problem,
	 * not a zero); the absolute changes are still shown (100,000 → 88,000: −12,000 t).
	 */
	@Test
	void a_per_capita_target_without_the_baseline_population_is_a_named_problem() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008, total(100_000, null)),
						inventory(2, InventoryType.MEI, 2014, total(88_000, 44_000.0))),
				new ProgressCommitment(20, 2020, ProgressMetric.PER_CAPITA));

		assertThat(progress.target()).isNull();
		assertThat(progress.targetProblem()).isInstanceOf(ProgressPopulationMissing.class);
		assertThat(progress.targetProblem().code()).isEqualTo("progress.populationMissing");
		assertThat(progress.targetProblem().arguments()).containsExactly("BEI", "2008");
		ProgressComparison mei = progress.latest();
		assertThat(mei.status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
		assertThat(mei.problem()).isEqualTo("progress.populationMissing");
		assertThat(mei.reductionAchievedPercent()).isNull();
		assertThat(mei.total().change()).isCloseTo(-12_000, within(EXACT));
	}

	/**
	 * BEI 2008 6 t/inh (300,000 t / 50,000), 40% per capita by 2030 → 3.6 t/inh; the MEI
	 * 2014 has no population: not judged, the target stands.
	 */
	@Test
	void an_mei_without_population_is_not_judged_against_a_per_capita_target() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008, total(300_000, 50_000.0)),
						inventory(2, InventoryType.MEI, 2014, total(280_000, null))),
				new ProgressCommitment(40, 2030, ProgressMetric.PER_CAPITA));
		assertThat(progress.target().targetValue()).isCloseTo(3.6, within(EXACT));
		assertThat(progress.latest().status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
		assertThat(progress.latest().problem()).isEqualTo("progress.populationMissing");
		assertThat(progress.latest().actual()).isNull();
	}

	@Test
	void an_mei_not_after_the_baseline_is_compared_but_not_judged() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2010, total(100_000, null)),
						inventory(2, InventoryType.MEI, 2009, total(95_000, null))),
				new ProgressCommitment(20, 2020, ProgressMetric.ABSOLUTE));
		assertThat(progress.latest().total().change()).isCloseTo(-5_000, within(EXACT));
		assertThat(progress.latest().status()).isEqualTo(ProgressStatus.NOT_ASSESSED);
		assertThat(progress.latest().problem()).isEqualTo("progress.reason.beforeBaseline");
	}

	/**
	 * BEI 2008 100,000 t, 20% by 2020 → 80,000. Trajectory: 2008 100,000; 2014 100,000 −
	 * 20,000 × 6/12 = 90,000; 2018 100,000 − 20,000 × 10/12 = 83,333.333333; 2020 80,000.
	 * The MEI 2022 (after the target year) adds no point of its own.
	 */
	@Test
	void the_trajectory_has_a_point_at_the_baseline_each_mei_year_and_the_target_year() {
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008, total(100_000, null)),
						inventory(2, InventoryType.MEI, 2018, total(85_000, null)),
						inventory(3, InventoryType.MEI, 2014, total(88_000, null)),
						inventory(4, InventoryType.MEI, 2022, total(78_000, null))),
				new ProgressCommitment(20, 2020, ProgressMetric.ABSOLUTE));
		assertThat(progress.trajectory()).extracting(ProgressPoint::year).containsExactly(2008, 2014, 2018, 2020);
		assertThat(progress.trajectory()).extracting(ProgressPoint::value)
			.satisfiesExactly((v) -> assertThat(v).isCloseTo(100_000, within(EXACT)),
					(v) -> assertThat(v).isCloseTo(90_000, within(EXACT)),
					(v) -> assertThat(v).isCloseTo(83_333.333333, within(EXACT)),
					(v) -> assertThat(v).isCloseTo(80_000, within(EXACT)));
		assertThat(progress.comparisons()).extracting(ProgressComparison::year).containsExactly(2014, 2018, 2022);
		// 2018: 85,000 is 1,666.666667 above 83,333.333333
		assertThat(progress.comparisons().get(1).status()).isEqualTo(ProgressStatus.BEHIND);
		assertThat(progress.comparisons().get(1).margin()).isCloseTo(-1_666.666667, within(EXACT));
	}

	@Test
	void inventories_of_different_approaches_are_flagged() {
		ProgressFigures ipcc = new ProgressFigures(100, 0, Map.of(), Map.of(), null, Approach.IPCC, EmissionUnit.CO2);
		ProgressFigures lca = new ProgressFigures(90, 0, Map.of(), Map.of(), null, Approach.LCA, EmissionUnit.CO2_EQ);
		Progress progress = ProgressCalculator.compare(
				List.of(inventory(1, InventoryType.BEI, 2008, ipcc), inventory(2, InventoryType.MEI, 2014, lca)), null);
		assertThat(progress.latest().sameMethod()).isFalse();
	}

	private static void expect(ProgressChange change, double baseline, double current, double difference,
			double percent) {
		assertThat(change.baseline()).isCloseTo(baseline, within(EXACT));
		assertThat(change.current()).isCloseTo(current, within(EXACT));
		assertThat(change.change()).isCloseTo(difference, within(EXACT));
		assertThat(change.percent()).isCloseTo(percent, within(EXACT));
	}

	private static ProgressInventory inventory(long id, InventoryType type, int year, ProgressFigures figures) {
		return new ProgressInventory(id, type, year, figures, null);
	}

	private static ProgressFigures total(double total, Double population) {
		return figures(total, population, Map.of(), Map.of());
	}

	private static ProgressFigures figures(double total, Double population, Map<Sector, Double> bySector,
			Map<Carrier, Double> byCarrier) {
		return new ProgressFigures(total, 0, bySector, byCarrier, population, Approach.IPCC, EmissionUnit.CO2);
	}

}
