package eu.mayorsinaction.actionplan.calculation;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.Action;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.Baseline;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.Figures;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.KeySector;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.Target;
import eu.mayorsinaction.actionplan.calculation.PlanTarget.TargetKind;
import eu.mayorsinaction.inventory.Carrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The plan-versus-target calculation against figures worked out by hand (the working
 * beside each case). Units: savings and production MWh/a, factors t CO2/MWh, reductions t
 * CO2/a.
 */
class PlanTargetTests {

	private static final double EPS = 1e-6;

	/**
	 * A BEI of 50,000 t CO2, population 25,000 (2 t per inhabitant), EFE 0.41055 t/MWh
	 * (the brief's §3 example), natural gas 0.202, heating oil 0.267 t/MWh.
	 */
	private static final Baseline BEI = new Baseline(50_000, 25_000L,
			Map.of(Carrier.ELECTRICITY, 0.41055, Carrier.NATURAL_GAS, 0.202, Carrier.HEATING_OIL, 0.267));

	@ParameterizedTest(name = "{0} MWh/a electricity, {1} gas, {2} oil, {3} renewable → {4} t/a")
	@CsvSource({
			// 1,000 × 0.41055 = 410.55
			"1000, 0, 0, 0, 410.55",
			// 500 × 0.202 = 101
			"0, 500, 0, 0, 101",
			// 300 × 0.267 = 80.1
			"0, 0, 300, 0, 80.1",
			// renewable production counts at the electricity factor: 200 × 0.41055 =
			// 82.11
			"0, 0, 0, 200, 82.11",
			// 410.55 + 101 + 80.1 + 82.11 = 673.76
			"1000, 500, 300, 200, 673.76",
			// nothing saved → 0
			"0, 0, 0, 0, 0" })
	void reductionOfAnActionIsSavingsTimesTheBaselineFactors(double electricity, double gas, double oil,
			double renewable, double expected) {
		Action action = new Action(FieldOfAction.M11,
				Map.of(Carrier.ELECTRICITY, electricity, Carrier.NATURAL_GAS, gas, Carrier.HEATING_OIL, oil), renewable,
				null);
		assertThat(PlanTarget.reductionOf(action, BEI)).isCloseTo(expected, within(EPS));
	}

	@Test
	void anEnteredReductionIsTakenAsItIs() {
		// entered 120 t/a wins over 1,000 MWh × 0.41055 = 410.55
		Action action = new Action(FieldOfAction.M13, Map.of(Carrier.ELECTRICITY, 1000.0), 0, 120.0);
		assertThat(PlanTarget.reductionOf(action, BEI)).isCloseTo(120, within(EPS));
	}

	@Test
	void aSavingOfACarrierWithoutFactorIsNamed() {
		Action action = new Action(FieldOfAction.M13, Map.of(Carrier.COAL, 10.0), 0, null);
		assertThatThrownBy(() -> PlanTarget.reductionOf(action, BEI)).isInstanceOf(PlanTarget.MissingFactor.class)
			.hasMessageContaining("COAL");
	}

	@ParameterizedTest(name = "{0} {1} (projection {2}) → {3} t/a needed")
	@CsvSource({
			// absolute: 50,000 × 0.20 = 10,000
			"ABSOLUTE, 0.20, , 10000",
			// absolute: 50,000 × 0.40 = 20,000
			"ABSOLUTE, 0.40, , 20000",
			// absolute: 50,000 × 0.55 = 27,500
			"ABSOLUTE, 0.55, , 27500",
			// per capita, BEI population: 2 t × 0.60 = 1.2 t × 25,000 = 30,000 → 50,000 −
			// 30,000 = 20,000
			"PER_CAPITA, 0.40, , 20000",
			// per capita, 30,000 inhabitants projected: 1.2 × 30,000 = 36,000 → 14,000
			"PER_CAPITA, 0.40, 30000, 14000",
			// per capita, 20,000 projected: 1.2 × 20,000 = 24,000 → 26,000
			"PER_CAPITA, 0.40, 20000, 26000" })
	void reductionNeeded(TargetKind kind, double p, Long projection, double expected) {
		assertThat(PlanTarget.reductionNeeded(BEI, new Target(kind, p, projection))).isCloseTo(expected, within(EPS));
	}

	@Test
	void aPerCapitaTargetNeedsTheBaselinePopulation() {
		Baseline noPopulation = new Baseline(50_000, null, Map.of());
		assertThatThrownBy(() -> PlanTarget.reductionNeeded(noPopulation, new Target(TargetKind.PER_CAPITA, 0.4, null)))
			.isInstanceOf(PlanTarget.MissingPopulation.class);
		// an absolute target does not: 50,000 × 0.4 = 20,000
		assertThat(PlanTarget.reductionNeeded(noPopulation, new Target(TargetKind.ABSOLUTE, 0.4, null)))
			.isCloseTo(20_000, within(EPS));
	}

	@Test
	void figuresOfAPlan() {
		List<Action> actions = List.of(
				// 1,000 × 0.41055 = 410.55 → plus 500 × 0.202 = 101 → 511.55 (M10)
				new Action(FieldOfAction.M11, Map.of(Carrier.ELECTRICITY, 1000.0, Carrier.NATURAL_GAS, 500.0), 0, null),
				// entered 288.45 (M30)
				new Action(FieldOfAction.M32, Map.of(), 0, 288.45),
				// entered 200 (M110)
				new Action(FieldOfAction.M113, Map.of(), 0, 200.0));
		Figures figures = PlanTarget.calculate(BEI, new Target(TargetKind.ABSOLUTE, 0.40, null), actions);
		// needed 50,000 × 0.40 = 20,000
		assertThat(figures.reductionNeeded()).isCloseTo(20_000, within(EPS));
		assertThat(figures.actionReductions()).hasSize(3);
		assertThat(figures.actionReductions().get(0)).isCloseTo(511.55, within(EPS));
		// expected 511.55 + 288.45 + 200 = 1,000
		assertThat(figures.expectedReduction()).isCloseTo(1000, within(EPS));
		// gap 20,000 − 1,000 = 19,000
		assertThat(figures.gap()).isCloseTo(19_000, within(EPS));
		// shares: M10 511.55 / 1,000 = 0.51155; M30 0.28845; M110 0.2
		assertThat(figures.shareByField()).containsOnlyKeys("M10", "M30", "M110");
		assertThat(figures.shareByField().get("M10")).isCloseTo(0.51155, within(EPS));
		assertThat(figures.shareByField().get("M30")).isCloseTo(0.28845, within(EPS));
		assertThat(figures.shareByField().get("M110")).isCloseTo(0.2, within(EPS));
		// M11 → municipal, M32 → transport, M113 → none: 2 of 4, enough
		assertThat(figures.keySectorsCovered()).containsExactlyInAnyOrder(KeySector.MUNICIPAL, KeySector.TRANSPORT);
		assertThat(figures.keySectorsMet()).isTrue();
	}

	@Test
	void aPlanThatDoesMoreThanNeededHasANegativeGap() {
		// needed 50,000 × 0.20 = 10,000; expected 6,000 + 5,000 = 11,000; gap −1,000
		Figures figures = PlanTarget.calculate(BEI, new Target(TargetKind.ABSOLUTE, 0.20, null),
				List.of(new Action(FieldOfAction.M12, Map.of(), 0, 6000.0),
						new Action(FieldOfAction.M13, Map.of(), 0, 5000.0)));
		assertThat(figures.gap()).isCloseTo(-1000, within(EPS));
		assertThat(figures.keySectorsCovered()).containsExactlyInAnyOrder(KeySector.TERTIARY, KeySector.RESIDENTIAL);
	}

	@Test
	void municipalBuildingsAndPublicLightingAreOneKeySector() {
		// M11 and M14 → MUNICIPAL only; M15 industry and M191 advisory → none: 1 of 4,
		// not enough
		Figures figures = PlanTarget.calculate(BEI, new Target(TargetKind.ABSOLUTE, 0.40, null), List.of(
				new Action(FieldOfAction.M11, Map.of(), 0, 10.0), new Action(FieldOfAction.M14, Map.of(), 0, 10.0),
				new Action(FieldOfAction.M15, Map.of(), 0, 10.0), new Action(FieldOfAction.M191, Map.of(), 0, 10.0)));
		assertThat(figures.keySectorsCovered()).isEqualTo(EnumSet.of(KeySector.MUNICIPAL));
		assertThat(figures.keySectorsMet()).isFalse();
	}

	@Test
	void aPlanWithoutActions() {
		// needed 20,000, nothing expected: gap 20,000, no shares, no key sector
		Figures figures = PlanTarget.calculate(BEI, new Target(TargetKind.ABSOLUTE, 0.40, null), List.of());
		assertThat(figures.expectedReduction()).isZero();
		assertThat(figures.gap()).isCloseTo(20_000, within(EPS));
		assertThat(figures.shareByField()).isEmpty();
		assertThat(figures.keySectorsMet()).isFalse();
	}

}
