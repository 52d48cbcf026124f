package eu.mayorsinaction.inventory.calculation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;

/**
 * A versioned set of emission factors: a factor per fuel carrier [t/MWh] (a carrier may
 * have none: then an inventory must give its own) and national electricity factors per
 * country and year [t/MWh]. Immutable.
 */
public final class FactorSet {

	/** The key of the EU average electricity factor, as in the JRC 2017 data. */
	public static final String EU_AVERAGE = "EU28";

	private final String name;

	private final String source;

	private final Approach approach;

	private final EmissionUnit unit;

	private final double[] fuelFactors;

	private final Map<String, NavigableMap<Integer, Double>> electricityFactors;

	public FactorSet(String name, String source, Approach approach, EmissionUnit unit, Map<Carrier, Double> fuelFactors,
			Map<String, ? extends Map<Integer, Double>> electricityFactors) {
		this.name = Objects.requireNonNull(name, "name");
		this.source = Objects.requireNonNull(source, "source");
		this.approach = Objects.requireNonNull(approach, "approach");
		this.unit = Objects.requireNonNull(unit, "unit");
		this.fuelFactors = new double[Carrier.values().length];
		java.util.Arrays.fill(this.fuelFactors, Double.NaN);
		fuelFactors.forEach((carrier, factor) -> {
			if (!isFuel(carrier)) {
				throw new IllegalArgumentException(carrier + " is found locally, not in a factor set");
			}
			if (factor == null || !Double.isFinite(factor) || factor < 0) {
				throw new IllegalArgumentException("factor of " + carrier + " must be a number >= 0: " + factor);
			}
			this.fuelFactors[carrier.ordinal()] = factor;
		});
		Map<String, NavigableMap<Integer, Double>> electricity = new TreeMap<>();
		electricityFactors.forEach((country, byYear) -> {
			NavigableMap<Integer, Double> years = new TreeMap<>(byYear);
			if (!years.isEmpty()) {
				electricity.put(country, Collections.unmodifiableNavigableMap(years));
			}
		});
		this.electricityFactors = Collections.unmodifiableMap(electricity);
	}

	static boolean isFuel(Carrier carrier) {
		return carrier.kind() == Carrier.Kind.FOSSIL || carrier.kind() == Carrier.Kind.RENEWABLE;
	}

	public String name() {
		return this.name;
	}

	public String source() {
		return this.source;
	}

	public Approach approach() {
		return this.approach;
	}

	public EmissionUnit unit() {
		return this.unit;
	}

	/** The factor of a fuel carrier, or {@code NaN} when the set has none. */
	public double fuelFactor(Carrier carrier) {
		return isFuel(carrier) ? this.fuelFactors[carrier.ordinal()] : Double.NaN;
	}

	/** The fuel factors the set holds. */
	public Map<Carrier, Double> fuelFactors() {
		Map<Carrier, Double> factors = new EnumMap<>(Carrier.class);
		for (Carrier carrier : Carrier.values()) {
			if (!Double.isNaN(this.fuelFactors[carrier.ordinal()])) {
				factors.put(carrier, this.fuelFactors[carrier.ordinal()]);
			}
		}
		return Collections.unmodifiableMap(factors);
	}

	/** National electricity factors: country (or {@link #EU_AVERAGE}) → year → factor. */
	public Map<String, NavigableMap<Integer, Double>> electricityFactors() {
		return this.electricityFactors;
	}

	/**
	 * The electricity factor of a country for a year: that year's, else the nearest year
	 * the set holds (the earlier one when two are as near); {@code null} when the set has
	 * none for the country.
	 */
	public NationalFactor electricityFactor(String country, int year) {
		NavigableMap<Integer, Double> years = (country != null) ? this.electricityFactors.get(country) : null;
		if (years == null) {
			return null;
		}
		Map.Entry<Integer, Double> floor = years.floorEntry(year);
		Map.Entry<Integer, Double> ceiling = years.ceilingEntry(year);
		Map.Entry<Integer, Double> nearest;
		if (floor == null) {
			nearest = ceiling;
		}
		else if (ceiling == null) {
			nearest = floor;
		}
		else {
			nearest = (ceiling.getKey() - year < year - floor.getKey()) ? ceiling : floor;
		}
		return new NationalFactor(country, nearest.getKey(), nearest.getValue(), nearest.getKey() != year);
	}

	/**
	 * A national (or EU average) electricity factor as found in the set: the year it is
	 * for, and whether that is another year than the inventory's.
	 */
	public record NationalFactor(String country, int year, double factor, boolean otherYear) {
	}

	@Override
	public String toString() {
		return this.name;
	}

}
