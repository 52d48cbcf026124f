package eu.mayorsinaction.inventory;

import java.util.List;

import eu.mayorsinaction.inventory.FactorSetUpload.Kind;
import eu.mayorsinaction.inventory.FactorSetUpload.Row;
import eu.mayorsinaction.inventory.FactorSetUpload.RowError;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented factor set CSV: every factor read with its line, every problem named by
 * line and column.
 */
class FactorSetCsvReaderTests {

	@Test
	void fuel_and_electricity_rows_are_read_with_their_lines() {
		FactorSetUpload upload = FactorSetCsvReader.read("""
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				FUEL,diesel,,0.267

				electricity,IT,2013,0.344
				electricity,eu28,2013,0.4
				""");

		assertThat(upload.errors()).isEmpty();
		assertThat(upload.valid()).isTrue();
		assertThat(upload.rows()).containsExactly(new Row(2, Kind.FUEL, "NATURAL_GAS", null, 0.25),
				new Row(3, Kind.FUEL, "DIESEL", null, 0.267), new Row(5, Kind.ELECTRICITY, "IT", 2013, 0.344),
				new Row(6, Kind.ELECTRICITY, "EU28", 2013, 0.4));
		assertThat(upload.fuelRows()).hasSize(2);
		assertThat(upload.electricityRows()).hasSize(2);
	}

	@Test
	void every_bad_row_is_named_by_its_line_and_column() {
		FactorSetUpload upload = FactorSetCsvReader.read("""
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				fuel,ELECTRICITY,,0.3
				fuel,COAL,2013,0.341
				gas,NATURAL_GAS,,0.2
				electricity,XX,2013,0.3
				electricity,IT,1980,0.3
				electricity,IT,2013,-0.1
				electricity,FR,2013,0,05
				fuel,NATURAL_GAS,,0.202
				electricity,DE,2012,11
				""");

		assertThat(upload.valid()).isFalse();
		assertThat(upload.errors()).extracting(RowError::line, RowError::column, RowError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "key", "factorSet.csv.badCarrier"),
					org.assertj.core.groups.Tuple.tuple(4L, "year", "factorSet.csv.yearForFuel"),
					org.assertj.core.groups.Tuple.tuple(5L, "kind", "factorSet.csv.badKind"),
					org.assertj.core.groups.Tuple.tuple(6L, "key", "factorSet.csv.badCountry"),
					org.assertj.core.groups.Tuple.tuple(7L, "year", "factorSet.csv.badYear"),
					org.assertj.core.groups.Tuple.tuple(8L, "factor", "factorSet.csv.badFactor"),
					org.assertj.core.groups.Tuple.tuple(9L, null, "factorSet.csv.tooManyCells"),
					org.assertj.core.groups.Tuple.tuple(10L, "key", "factorSet.csv.duplicate"),
					org.assertj.core.groups.Tuple.tuple(11L, "factor", "factorSet.csv.badFactor"));
		assertThat(upload.errors().get(7).arguments()).containsExactly("NATURAL_GAS", "2");
		assertThat(upload.rows()).extracting(Row::line).containsExactly(2L);
	}

	@Test
	void a_wrong_header_or_an_empty_file_is_an_error_of_the_file() {
		assertThat(FactorSetCsvReader.read("kind,key,factor,comment\nfuel,COAL,0.341,x\n").errors())
			.extracting(RowError::line, RowError::column, RowError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "year", "factorSet.csv.missingColumn"),
					org.assertj.core.groups.Tuple.tuple(1L, "comment", "factorSet.csv.unknownColumn"));
		assertThat(FactorSetCsvReader.read("kind,key,year,factor\n").errors()).extracting(RowError::code)
			.containsExactly("factorSet.csv.empty");
		assertThat(FactorSetCsvReader.read("").valid()).isFalse();
		assertThat(FactorSetCsvReader.read("kind,key,year,factor\nfuel,\"COAL,,0.3\n").errors())
			.extracting(RowError::code)
			.containsExactly("factorSet.csv.unreadable");
	}

	@Test
	void a_byte_order_mark_is_ignored() {
		assertThat(FactorSetCsvReader.read("\uFEFFkind,key,year,factor\nfuel,COAL,,0.341\n").rows())
			.containsExactly(new Row(2, Kind.FUEL, "COAL", null, 0.341));
	}

	@Test
	void the_csv_of_a_set_reads_back_to_the_same_factors() {
		String csv = "kind,key,year,factor\nfuel,NATURAL_GAS,,0.202\nelectricity,IT,2013,0.344\n";
		assertThat(FactorSetCsvReader.read(csv).rows()).extracting(Row::key, Row::factor)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("NATURAL_GAS", 0.202),
					org.assertj.core.groups.Tuple.tuple("IT", 0.344));
		assertThat(List.of(FactorSetCsvReader.HEADER_TEXT.split(","))).containsExactly("kind", "key", "year", "factor");
	}

}
