package eu.mayorsinaction.inventory.calculation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import eu.mayorsinaction.inventory.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The data-quality checks on hand-built inventories and peer groups; every expected
 * figure is worked out by hand in the comments (MWh, MWh/inhabitant).
 */
class QualityCheckTests {

	/**
	 * An inventory of 1 000 inhabitants covering all four key sectors: municipal
	 * buildings 500 MWh, public lighting 300 MWh, fleet 100 MWh, tertiary 2 000 MWh,
	 * residential 3 000 MWh, public transport 400 MWh, private transport 4 000 MWh.
	 */
	private static Map<Sector, Double> full() {
		Map<Sector, Double> mwh = new EnumMap<>(Sector.class);
		mwh.put(Sector.MUNICIPAL_BUILDINGS, 500.0);
		mwh.put(Sector.PUBLIC_LIGHTING, 300.0);
		mwh.put(Sector.MUNICIPAL_FLEET, 100.0);
		mwh.put(Sector.TERTIARY_BUILDINGS, 2000.0);
		mwh.put(Sector.RESIDENTIAL_BUILDINGS, 3000.0);
		mwh.put(Sector.PUBLIC_TRANSPORT, 400.0);
		mwh.put(Sector.PRIVATE_COMMERCIAL_TRANSPORT, 4000.0);
		return mwh;
	}

	private static QualityInventory inventory(int year, Integer population, Map<Sector, Double> mwh) {
		return new QualityInventory(year, population, mwh, 0, true);
	}

	private static List<String> codes(List<QualityFinding> findings) {
		return findings.stream().map(QualityFinding::code).toList();
	}

	@Test
	void a_complete_inventory_without_peers_only_says_that_there_are_too_few_peers() {
		List<QualityFinding> findings = QualityCheck.check(inventory(2010, 1000, full()), null, Map.of());
		// 7 sectors with consumption, no peers for any: 7 × tooFewPeers, nothing else.
		assertThat(codes(findings)).hasSize(7).containsOnly("quality.outlier.tooFewPeers");
		QualityFinding residential = findings.stream()
			.filter((f) -> f.sector() == Sector.RESIDENTIAL_BUILDINGS)
			.findFirst()
			.orElseThrow();
		// 3 000 MWh / 1 000 inhabitants = 3.0 MWh/inhabitant, 0 peers
		assertThat(residential.value()).isEqualTo(3.0);
		assertThat(residential.peerCount()).isEqualTo(0);
	}

	@Test
	void two_key_sectors_break_the_coverage_rule_and_three_keep_it() {
		// Only tertiary and residential: 2 of 4 key sectors < 3.
		Map<Sector, Double> two = Map.of(Sector.TERTIARY_BUILDINGS, 10.0, Sector.RESIDENTIAL_BUILDINGS, 10.0);
		QualityFinding coverage = QualityCheck.check(inventory(2010, 1000, two), null, Map.of())
			.stream()
			.filter((f) -> f.code().equals("quality.coverage.insufficient"))
			.findFirst()
			.orElseThrow();
		assertThat(coverage.severity()).isEqualTo(QualitySeverity.ERROR);
		assertThat(coverage.value()).isEqualTo(2.0);
		assertThat(coverage.reference()).isEqualTo(3.0);
		// Public lighting alone covers "municipal": 3 of 4 key sectors, rule kept.
		Map<Sector, Double> three = Map.of(Sector.TERTIARY_BUILDINGS, 10.0, Sector.RESIDENTIAL_BUILDINGS, 10.0,
				Sector.PUBLIC_LIGHTING, 10.0);
		assertThat(codes(QualityCheck.check(inventory(2010, 1000, three), null, Map.of())))
			.doesNotContain("quality.coverage.insufficient");
		// The municipal fleet counts for municipal, not for transport: still 3.
		Map<Sector, Double> fleet = Map.of(Sector.TERTIARY_BUILDINGS, 10.0, Sector.RESIDENTIAL_BUILDINGS, 10.0,
				Sector.MUNICIPAL_FLEET, 10.0);
		List<QualityFinding> fleetFindings = QualityCheck.check(inventory(2010, 1000, fleet), null, Map.of());
		assertThat(codes(fleetFindings)).doesNotContain("quality.coverage.insufficient");
		assertThat(fleetFindings).filteredOn((f) -> f.code().equals("quality.completeness.noConsumption"))
			.extracting(QualityFinding::sector)
			.containsExactlyInAnyOrder(Sector.MUNICIPAL_BUILDINGS, Sector.PUBLIC_LIGHTING, Sector.PUBLIC_TRANSPORT,
					Sector.PRIVATE_COMMERCIAL_TRANSPORT);
	}

	@Test
	void missing_population_and_electricity_without_factor_are_incomplete() {
		QualityInventory inventory = new QualityInventory(2010, null, full(), 1200.0, false);
		List<QualityFinding> findings = QualityCheck.check(inventory, null, Map.of());
		assertThat(codes(findings)).containsExactly("quality.completeness.populationMissing",
				"quality.completeness.noElectricityFactor");
		// electricity consumed: 1 200 MWh
		assertThat(findings.get(1).value()).isEqualTo(1200.0);
	}

	@Test
	void public_lighting_above_one_mwh_per_inhabitant_is_implausible() {
		Map<Sector, Double> mwh = full();
		// 1 001 MWh / 1 000 inhabitants = 1.001 MWh/inhabitant > 1
		mwh.put(Sector.PUBLIC_LIGHTING, 1001.0);
		QualityFinding lighting = QualityCheck.check(inventory(2010, 1000, mwh), null, Map.of())
			.stream()
			.filter((f) -> f.code().equals("quality.plausibility.lighting"))
			.findFirst()
			.orElseThrow();
		assertThat(lighting.value()).isCloseTo(1.001, within(1e-12));
		assertThat(lighting.reference()).isEqualTo(1.0);
		// exactly 1 000 MWh = 1.0 MWh/inhabitant: not above the limit
		mwh.put(Sector.PUBLIC_LIGHTING, 1000.0);
		assertThat(codes(QualityCheck.check(inventory(2010, 1000, mwh), null, Map.of())))
			.doesNotContain("quality.plausibility.lighting");
	}

	@Test
	void a_sector_changing_by_more_than_half_since_the_previous_inventory_is_flagged() {
		Map<Sector, Double> before = full();
		Map<Sector, Double> now = full();
		// residential 3 000 → 4 600 MWh: +1 600 / 3 000 = +53.3 % > 50 %
		now.put(Sector.RESIDENTIAL_BUILDINGS, 4600.0);
		// tertiary 2 000 → 1 000 MWh: −1 000 / 2 000 = −50 %, not more than 50 %
		now.put(Sector.TERTIARY_BUILDINGS, 1000.0);
		// private transport 4 000 → 1 900 MWh: −2 100 / 4 000 = −52.5 % > 50 %
		now.put(Sector.PRIVATE_COMMERCIAL_TRANSPORT, 1900.0);
		List<QualityFinding> changes = QualityCheck
			.check(inventory(2015, 1000, now), inventory(2010, 1000, before), Map.of())
			.stream()
			.filter((f) -> f.code().equals("quality.plausibility.change"))
			.toList();
		assertThat(changes).extracting(QualityFinding::sector)
			.containsExactly(Sector.RESIDENTIAL_BUILDINGS, Sector.PRIVATE_COMMERCIAL_TRANSPORT);
		assertThat(changes.get(0).value()).isEqualTo(4600.0);
		assertThat(changes.get(0).reference()).isEqualTo(3000.0);
		assertThat(changes.get(0).referenceYear()).isEqualTo(2010);
	}

	static Stream<Arguments> peerGroups() {
		return Stream.of(
				// peers 1, 2, 3, 4, 5: median 3; |deviations| 2, 1, 0, 1, 2 → sorted 0,
				// 1, 1, 2, 2,
				// MAD 1.
				// x = 9: z = 0.6745 × (9 − 3) / 1 = 4.047 > 3.5 → high outlier
				Arguments.of(List.of(1.0, 2.0, 3.0, 4.0, 5.0), 9.0, "quality.outlier.high", 3.0, 1.0, 4.047, 5),
				// x = 8: z = 0.6745 × 5 / 1 = 3.3725 ≤ 3.5 → no finding
				Arguments.of(List.of(5.0, 4.0, 3.0, 2.0, 1.0), 8.0, null, null, null, null, null),
				// peers 2, 4, 6, 8, 10, 12: median (6 + 8) / 2 = 7; |deviations| 5, 3, 1,
				// 1, 3, 5
				// → sorted 1, 1, 3, 3, 5, 5, MAD (3 + 3) / 2 = 3.
				// x = 25: z = 0.6745 × 18 / 3 = 4.047 → high
				Arguments.of(List.of(2.0, 4.0, 6.0, 8.0, 10.0, 12.0), 25.0, "quality.outlier.high", 7.0, 3.0, 4.047, 6),
				// peers 10, 10, 11, 12, 12, 13, 14: median 12; |deviations| 2, 2, 1, 0,
				// 0, 1, 2
				// → sorted 0, 0, 1, 1, 2, 2, 2, MAD 1.
				// x = 6: z = 0.6745 × (6 − 12) / 1 = −4.047 → low outlier
				Arguments.of(List.of(10.0, 10.0, 11.0, 12.0, 12.0, 13.0, 14.0), 6.0, "quality.outlier.low", 12.0, 1.0,
						-4.047, 7),
				// peers 4, 4, 4, 4, 9: median 4, |deviations| 0, 0, 0, 0, 5 → MAD 0: no
				// judgement
				Arguments.of(List.of(4.0, 4.0, 4.0, 4.0, 9.0), 20.0, "quality.outlier.noSpread", 4.0, 0.0, null, 5),
				// 4 peers: too few, no median
				Arguments.of(List.of(1.0, 2.0, 3.0, 4.0), 20.0, "quality.outlier.tooFewPeers", null, null, null, 4),
				// peers 0, 1, 2, 3, 4, 5: the zero (sector not reported) is left out → 5
				// peers
				// 1..5, median 3, MAD 1; x = 9: z = 4.047
				Arguments.of(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), 9.0, "quality.outlier.high", 3.0, 1.0, 4.047, 5));
	}

	@ParameterizedTest
	@MethodSource("peerGroups")
	void residential_consumption_per_inhabitant_against_the_peers(List<Double> peers, double perCapita,
			String expectedCode, Double median, Double mad, Double z, Integer peerCount) {
		// 1 000 inhabitants: residential MWh = perCapita × 1 000
		Map<Sector, Double> mwh = Map.of(Sector.RESIDENTIAL_BUILDINGS, perCapita * 1000);
		List<QualityFinding> findings = QualityCheck
			.check(inventory(2010, 1000, mwh), null, Map.of(Sector.RESIDENTIAL_BUILDINGS, peers))
			.stream()
			.filter((f) -> f.code().startsWith("quality.outlier"))
			.toList();
		if (expectedCode == null) {
			assertThat(findings).isEmpty();
			return;
		}
		assertThat(findings).hasSize(1);
		QualityFinding finding = findings.get(0);
		assertThat(finding.code()).isEqualTo(expectedCode);
		assertThat(finding.sector()).isEqualTo(Sector.RESIDENTIAL_BUILDINGS);
		assertThat(finding.value()).isCloseTo(perCapita, within(1e-9));
		assertThat(finding.peerCount()).isEqualTo(peerCount);
		if (median == null) {
			assertThat(finding.median()).isNull();
		}
		else {
			assertThat(finding.median()).isCloseTo(median, within(1e-9));
			assertThat(finding.mad()).isCloseTo(mad, within(1e-9));
		}
		if (z == null) {
			assertThat(finding.z()).isNull();
		}
		else {
			assertThat(finding.z()).isCloseTo(z, within(0.0005));
		}
	}

	@Test
	void peers_per_capita_leave_out_peers_without_population_and_sectors_without_consumption() {
		// peer A: 2 000 inhabitants, residential 6 000 MWh → 3.0 MWh/inh; tertiary none
		// peer B: no population → left out
		QualityInventory a = inventory(2012, 2000, Map.of(Sector.RESIDENTIAL_BUILDINGS, 6000.0));
		QualityInventory b = inventory(2012, null, Map.of(Sector.RESIDENTIAL_BUILDINGS, 100.0));
		Map<Sector, List<Double>> perCapita = QualityCheck.perCapita(List.of(a, b));
		assertThat(perCapita).containsOnlyKeys(Sector.RESIDENTIAL_BUILDINGS);
		assertThat(perCapita.get(Sector.RESIDENTIAL_BUILDINGS)).containsExactly(3.0);
	}

}
