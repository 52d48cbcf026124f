package eu.mayorsinaction.inventory.calculation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Sector;

/**
 * The data-quality checks of an inventory (pure Java): coverage of the key sectors,
 * completeness, plausibility against fixed thresholds and the previous inventory, and
 * outliers of per-capita consumption against same-country peers.
 * <p>
 * <b>Key sectors.</b> The Covenant's coverage rule (framework §2) asks a BEI/MEI to cover
 * at least 3 of the 4 key sectors: municipal, tertiary, residential, transport. The
 * template's sectors map onto them as follows: <i>municipal</i> is what the local
 * authority itself owns or runs — municipal buildings, equipment/facilities (M11), public
 * lighting (M14) and the municipal fleet (M31); <i>tertiary</i> is M12;
 * <i>residential</i> is M13; <i>transport</i> is the transport of the territory other
 * than the authority's own fleet — public transport (M32) and private and commercial
 * transport (M33). The municipal fleet counts for "municipal", not "transport", so that
 * one row never covers two key sectors. Industry and the optional sectors are not key
 * sectors. A key sector is covered when any of its rows has consumption above zero.
 * <p>
 * <b>Outliers.</b> For each sector with consumption, the inventory's MWh per inhabitant
 * is compared with the same sector of its peers that report it (values above zero):
 * median and median absolute deviation (MAD), robust z = 0.6745 × (x − median) / MAD,
 * flagged when |z| &gt; 3.5 (Iglewicz and Hoaglin). With fewer than {@link #MIN_PEERS}
 * peers or a MAD of zero no judgement is made, and the finding says so.
 */
public final class QualityCheck {

	/** The fewest peers a median and MAD are judged on. */
	public static final int MIN_PEERS = 5;

	/** |z| above which a value is an outlier. */
	public static final double Z_LIMIT = 3.5;

	/** The robust z's constant (the 0.75 quantile of the standard normal). */
	public static final double Z_CONSTANT = 0.6745;

	/** Public lighting above this many MWh per inhabitant is implausible. */
	public static final double LIGHTING_LIMIT_MWH_PER_INHABITANT = 1.0;

	/**
	 * A sector changing by more than this share from the previous inventory is flagged.
	 */
	public static final double CHANGE_LIMIT = 0.5;

	/** The fewest key sectors a BEI/MEI must cover. */
	public static final int MIN_KEY_SECTORS = 3;

	/** The four key sectors of the coverage rule. */
	public enum KeySector {

		MUNICIPAL(Sector.MUNICIPAL_BUILDINGS, Sector.PUBLIC_LIGHTING, Sector.MUNICIPAL_FLEET),
		TERTIARY(Sector.TERTIARY_BUILDINGS), RESIDENTIAL(Sector.RESIDENTIAL_BUILDINGS),
		TRANSPORT(Sector.PUBLIC_TRANSPORT, Sector.PRIVATE_COMMERCIAL_TRANSPORT);

		private final List<Sector> sectors;

		KeySector(Sector... sectors) {
			this.sectors = List.of(sectors);
		}

		public List<Sector> sectors() {
			return this.sectors;
		}

		boolean coveredBy(QualityInventory inventory) {
			return this.sectors.stream().anyMatch((sector) -> inventory.mwh(sector) > 0);
		}

	}

	private QualityCheck() {
	}

	/**
	 * All findings for an inventory.
	 * @param inventory the inventory checked
	 * @param previous the signatory's previous inventory by year, or {@code null}
	 * @param peers per sector, the MWh per inhabitant of each peer (other signatories of
	 * the same country), in no particular order
	 */
	public static List<QualityFinding> check(QualityInventory inventory, QualityInventory previous,
			Map<Sector, List<Double>> peers) {
		List<QualityFinding> findings = new ArrayList<>();
		coverage(inventory, findings);
		completeness(inventory, findings);
		plausibility(inventory, previous, findings);
		outliers(inventory, (peers != null) ? peers : Map.of(), findings);
		return findings;
	}

	private static void coverage(QualityInventory inventory, List<QualityFinding> findings) {
		int covered = 0;
		for (KeySector key : KeySector.values()) {
			if (key.coveredBy(inventory)) {
				covered++;
			}
		}
		if (covered < MIN_KEY_SECTORS) {
			findings.add(QualityFinding.of("quality.coverage.insufficient", QualitySeverity.ERROR, null,
					(double) covered, (double) MIN_KEY_SECTORS));
		}
	}

	private static void completeness(QualityInventory inventory, List<QualityFinding> findings) {
		if (inventory.population() == null || inventory.population() <= 0) {
			findings.add(QualityFinding.of("quality.completeness.populationMissing", QualitySeverity.WARNING, null,
					null, null));
		}
		for (KeySector key : KeySector.values()) {
			for (Sector sector : key.sectors()) {
				if (inventory.mwh(sector) <= 0) {
					findings.add(QualityFinding.of("quality.completeness.noConsumption", QualitySeverity.INFO, sector,
							0.0, null));
				}
			}
		}
		if (inventory.electricityMwh() > 0 && !inventory.electricityFactorKnown()) {
			findings.add(QualityFinding.of("quality.completeness.noElectricityFactor", QualitySeverity.ERROR, null,
					inventory.electricityMwh(), null));
		}
	}

	private static void plausibility(QualityInventory inventory, QualityInventory previous,
			List<QualityFinding> findings) {
		Double lighting = inventory.perCapita(Sector.PUBLIC_LIGHTING);
		if (lighting != null && lighting > LIGHTING_LIMIT_MWH_PER_INHABITANT) {
			findings.add(QualityFinding.of("quality.plausibility.lighting", QualitySeverity.WARNING,
					Sector.PUBLIC_LIGHTING, lighting, LIGHTING_LIMIT_MWH_PER_INHABITANT));
		}
		if (previous == null) {
			return;
		}
		for (Sector sector : Sector.values()) {
			double before = previous.mwh(sector);
			double now = inventory.mwh(sector);
			if (before > 0 && Math.abs(now - before) / before > CHANGE_LIMIT) {
				findings.add(new QualityFinding("quality.plausibility.change", QualitySeverity.WARNING, sector, now,
						before, previous.year(), null, null, null, null));
			}
		}
	}

	private static void outliers(QualityInventory inventory, Map<Sector, List<Double>> peers,
			List<QualityFinding> findings) {
		if (inventory.population() == null || inventory.population() <= 0) {
			return;
		}
		for (Sector sector : Sector.values()) {
			if (inventory.mwh(sector) <= 0) {
				continue;
			}
			double x = inventory.perCapita(sector);
			List<Double> values = peers.getOrDefault(sector, List.of()).stream().filter((v) -> v > 0).toList();
			if (values.size() < MIN_PEERS) {
				findings.add(new QualityFinding("quality.outlier.tooFewPeers", QualitySeverity.INFO, sector, x, null,
						null, null, null, null, values.size()));
				continue;
			}
			double median = median(values);
			double mad = mad(values, median);
			if (mad == 0) {
				findings.add(new QualityFinding("quality.outlier.noSpread", QualitySeverity.INFO, sector, x, null, null,
						median, mad, null, values.size()));
				continue;
			}
			double z = Z_CONSTANT * (x - median) / mad;
			if (Math.abs(z) > Z_LIMIT) {
				findings.add(new QualityFinding((z > 0) ? "quality.outlier.high" : "quality.outlier.low",
						QualitySeverity.WARNING, sector, x, null, null, median, mad, z, values.size()));
			}
		}
	}

	/** The median: the middle value, or the mean of the two middle ones. */
	public static double median(List<Double> values) {
		if (values.isEmpty()) {
			throw new IllegalArgumentException("no values");
		}
		double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** The median absolute deviation from the given median. */
	public static double mad(List<Double> values, double median) {
		return median(values.stream().map((v) -> Math.abs(v - median)).toList());
	}

	/**
	 * Per sector, the MWh per inhabitant of each peer with a population.
	 * @param peers the peers' latest computed inventories
	 */
	public static Map<Sector, List<Double>> perCapita(List<QualityInventory> peers) {
		Map<Sector, List<Double>> bySector = new EnumMap<>(Sector.class);
		for (QualityInventory peer : peers) {
			if (peer.population() == null || peer.population() <= 0) {
				continue;
			}
			for (Sector sector : Sector.values()) {
				if (peer.mwh(sector) > 0) {
					bySector.computeIfAbsent(sector, (s) -> new ArrayList<>()).add(peer.perCapita(sector));
				}
			}
		}
		return bySector;
	}

}
