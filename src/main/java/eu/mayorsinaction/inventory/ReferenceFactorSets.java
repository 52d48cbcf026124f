package eu.mayorsinaction.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The factor set the platform ships, read from the project's copies in {@code reference/}
 * (see the README there): the IPCC 2006 default fuel factors and the JRC 2017 national
 * electricity factors, with the EU-28 average under {@link FactorSet#EU_AVERAGE}. Read
 * once, by the migration that stores it as version 1 ({@link ShippedFactorSetMigration});
 * from then on the database holds it.
 */
class ReferenceFactorSets {

	static final String FUELS = "reference/fuel-factors-ipcc2006.csv";

	static final String ELECTRICITY = "reference/electricity-factors-jrc2017.csv";

	static final String NAME = "IPCC 2006 default factors + JRC 2017 national electricity factors";

	static final String SOURCE = "IPCC 2006 Guidelines Vol. 2 Ch. 1 Table 1.4 (converted to t CO2/MWh); "
			+ "JRC 2017, Koffi et al., CoM Default Emission Factors, EUR 28718 EN";

	/**
	 * What a user must know about the shipped figures (reference/README.md), shown with
	 * the set.
	 */
	static final String NOTES = "Fuel factors: IPCC 2006 default factors, CO2 only, in t CO2/MWh. Electricity "
			+ "factors: JRC 2017 national factors 2008-2013 (EU28 = EU-28 average), as republished in a public data "
			+ "set that labels them t CO2-eq/MWh; they are stored unchanged, so this set mixes CO2 fuel factors with "
			+ "electricity factors labelled CO2-eq. OTHER_FOSSIL has no default factor (an inventory using it gives "
			+ "its own); biomass, biofuels, plant oil, solar thermal and geothermal count 0 (sustainable, standard "
			+ "approach). An inventory of a year outside 2008-2013 uses the nearest year, and says so.";

	private final FactorSet standard;

	ReferenceFactorSets() {
		Map<Carrier, Double> fuels = new EnumMap<>(Carrier.class);
		read(FUELS, (row) -> {
			Carrier carrier = carrier(row.get("carrier"));
			String factor = row.get("t_co2_per_mwh");
			if (carrier != null && !factor.isBlank()) {
				fuels.put(carrier, Double.valueOf(factor));
			}
		});
		Map<String, Map<Integer, Double>> electricity = new HashMap<>();
		read(ELECTRICITY, (row) -> electricity.computeIfAbsent(row.get("country").strip(), (country) -> new TreeMap<>())
			.put(Integer.valueOf(row.get("year").strip()), Double.valueOf(row.get("t_per_mwh"))));
		this.standard = new FactorSet(NAME, SOURCE, Approach.IPCC, EmissionUnit.CO2, fuels, electricity);
	}

	/** The IPCC 2006 fuel factors with the JRC 2017 national electricity factors. */
	FactorSet standard() {
		return this.standard;
	}

	/** Rows that are no column of the template (e.g. residual fuel oil) are skipped. */
	private static Carrier carrier(String code) {
		try {
			return Carrier.valueOf(code.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static void read(String resource, Consumer<CSVRecord> row) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (InputStream in = new ClassPathResource(resource).getInputStream();
				CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
			parser.forEach(row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + resource, ex);
		}
	}

}
