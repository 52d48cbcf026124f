package eu.mayorsinaction.actionplan.calculation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.inventory.Carrier;

/**
 * An action plan measured against its reduction target (domain brief §4–5). Pure Java.
 * <ul>
 * <li>CO2 reduction of an action [t/a] = Σ saving_c [MWh/a] × factor_c [t/MWh] +
 * renewable production [MWh/a] × the electricity factor [t/MWh], with the factors of the
 * linked BEI (its local electricity factor EFE for electricity, its heat factor for heat)
 * — unless a reduction is entered for the action: then that figure is taken as it
 * is.</li>
 * <li>Reduction needed [t/a]: absolute target = BEI total × p; per-capita target = BEI
 * total − (BEI total / BEI population) × (1 − p) × population, where population is the
 * projection for the target year when one is given, else the BEI's own population.</li>
 * <li>Gap = needed − Σ expected reductions (negative: the plan does more than
 * needed).</li>
 * <li>Share by field of action: each main field's part of the expected reduction.</li>
 * <li>Key sectors: the Covenant asks for actions in at least 2 of the 4 key sectors.</li>
 * </ul>
 */
public final class PlanTarget {

	/**
	 * How many of the {@link KeySector key sectors} a plan must cover (2014 guidelines).
	 */
	public static final int KEY_SECTORS_REQUIRED = 2;

	private PlanTarget() {
	}

	/**
	 * The key sectors of the Covenant: municipal buildings/equipment/facilities, tertiary
	 * buildings, residential buildings and transport.
	 */
	public enum KeySector {

		MUNICIPAL, TERTIARY, RESIDENTIAL, TRANSPORT;

		/**
		 * The key sector a field of action works in. Mapping from the template codes: M11
		 * municipal buildings and M14 public lighting (municipal equipment/facilities) →
		 * MUNICIPAL; M12 → TERTIARY; M13 → RESIDENTIAL; every transport row M31, M32,
		 * M33, M35 → TRANSPORT. Industry (M15), other buildings (M93), local production
		 * (M11x, M13x) and the cross-cutting fields (planning, procurement, citizens,
		 * other) are in no key sector: {@code null}.
		 */
		public static KeySector of(FieldOfAction field) {
			switch (field) {
				case M11:
				case M14:
					return MUNICIPAL;
				case M12:
					return TERTIARY;
				case M13:
					return RESIDENTIAL;
				case M31:
				case M32:
				case M33:
				case M35:
					return TRANSPORT;
				default:
					return null;
			}
		}

	}

	/** Absolute or per-capita target (domain brief §5). */
	public enum TargetKind {

		ABSOLUTE, PER_CAPITA

	}

	/**
	 * The baseline inventory: total emissions [t CO2], population (may be {@code null}
	 * for an absolute target) and the factors [t/MWh] it used by carrier (electricity =
	 * its EFE).
	 */
	public record Baseline(double totalEmissions, Long population, Map<Carrier, Double> factors) {

		public Baseline {
			if (!Double.isFinite(totalEmissions) || totalEmissions < 0) {
				throw new IllegalArgumentException("total emissions must be a number >= 0: " + totalEmissions);
			}
			Objects.requireNonNull(factors, "factors");
			factors = factors.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(factors));
		}

	}

	/**
	 * The target: kind, reduction share p (0.40 for 40 %) and, for a per-capita target,
	 * an optional projected population for the target year.
	 */
	public record Target(TargetKind kind, double reduction, Long projectedPopulation) {

		public Target {
			Objects.requireNonNull(kind, "kind");
			if (!(reduction >= 0 && reduction <= 1)) {
				throw new IllegalArgumentException("reduction must be between 0 and 1: " + reduction);
			}
		}

	}

	/**
	 * One action: field, expected savings [MWh/a] by carrier, renewable production
	 * [MWh/a], and the CO2 reduction [t/a] when entered directly ({@code null}:
	 * computed).
	 */
	public record Action(FieldOfAction field, Map<Carrier, Double> savings, double renewableProduction,
			Double enteredReduction) {

		public Action {
			Objects.requireNonNull(field, "field");
			Objects.requireNonNull(savings, "savings");
			savings = savings.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(savings));
		}

	}

	/**
	 * The figures [t CO2/a]: reduction needed, expected reduction of each action (in the
	 * order given) and in all, the gap, the share of each main field (0–1; empty when
	 * nothing is expected) and the key sectors covered.
	 */
	public record Figures(double reductionNeeded, List<Double> actionReductions, double expectedReduction, double gap,
			Map<String, Double> shareByField, Set<KeySector> keySectorsCovered) {

		/**
		 * Whether the plan covers at least {@value #KEY_SECTORS_REQUIRED} key sectors.
		 */
		public boolean keySectorsMet() {
			return this.keySectorsCovered.size() >= KEY_SECTORS_REQUIRED;
		}

	}

	/** A factor the calculation needs is not in the baseline. */
	public static final class MissingFactor extends RuntimeException {

		private final Carrier carrier;

		public MissingFactor(Carrier carrier) {
			super("the baseline has no emission factor for " + carrier);
			this.carrier = carrier;
		}

		public Carrier carrier() {
			return this.carrier;
		}

	}

	/** A per-capita target needs the baseline's population. */
	public static final class MissingPopulation extends RuntimeException {

		public MissingPopulation() {
			super("a per-capita target needs the population of the baseline inventory");
		}

	}

	/** The CO2 reduction of one action [t/a]. */
	public static double reductionOf(Action action, Baseline baseline) {
		if (action.enteredReduction() != null) {
			return action.enteredReduction();
		}
		double reduction = 0;
		for (Map.Entry<Carrier, Double> saving : action.savings().entrySet()) {
			if (saving.getValue() != null && saving.getValue() != 0) {
				reduction += saving.getValue() * factor(baseline, saving.getKey());
			}
		}
		if (action.renewableProduction() != 0) {
			reduction += action.renewableProduction() * factor(baseline, Carrier.ELECTRICITY);
		}
		return reduction;
	}

	/** The reduction the target needs [t/a]. */
	public static double reductionNeeded(Baseline baseline, Target target) {
		if (target.kind() == TargetKind.ABSOLUTE) {
			return baseline.totalEmissions() * target.reduction();
		}
		if (baseline.population() == null || baseline.population() <= 0) {
			throw new MissingPopulation();
		}
		double perCapita = baseline.totalEmissions() / baseline.population();
		long population = (target.projectedPopulation() != null) ? target.projectedPopulation() : baseline.population();
		return baseline.totalEmissions() - perCapita * (1 - target.reduction()) * population;
	}

	/** All figures of a plan. */
	public static Figures calculate(Baseline baseline, Target target, List<Action> actions) {
		double needed = reductionNeeded(baseline, target);
		List<Double> reductions = new ArrayList<>();
		Map<String, Double> byField = new TreeMap<>();
		Set<KeySector> keySectors = EnumSet.noneOf(KeySector.class);
		double expected = 0;
		for (Action action : actions) {
			double reduction = reductionOf(action, baseline);
			reductions.add(reduction);
			expected += reduction;
			byField.merge(action.field().mainField(), reduction, Double::sum);
			KeySector keySector = KeySector.of(action.field());
			if (keySector != null) {
				keySectors.add(keySector);
			}
		}
		Map<String, Double> shares = new TreeMap<>();
		if (expected != 0) {
			double total = expected;
			byField.forEach((field, reduction) -> shares.put(field, reduction / total));
		}
		return new Figures(needed, List.copyOf(reductions), expected, needed - expected,
				Collections.unmodifiableMap(shares), Collections.unmodifiableSet(keySectors));
	}

	private static double factor(Baseline baseline, Carrier carrier) {
		Double factor = baseline.factors().get(carrier);
		if (factor == null) {
			throw new MissingFactor(carrier);
		}
		return factor;
	}

}
