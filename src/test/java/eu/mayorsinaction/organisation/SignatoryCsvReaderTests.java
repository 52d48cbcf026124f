package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignatoryCsvReaderTests {

	private static ValidatorFactory validators;

	private static SignatoryCsvReader reader;

	@BeforeAll
	static void setUp() {
		validators = Validation.buildDefaultValidatorFactory();
		reader = new SignatoryCsvReader(validators.getValidator());
	}

	@AfterAll
	static void tearDown() {
		validators.close();
	}

	@Test
	void reads_every_documented_column() {
		SignatoryImport result = reader.read(SignatoryCsvReader.HEADER_TEXT + "\n"
				+ "Chiavari,it,Liguria,27314,2021,ISTAT 2021,12.22,44.3164,9.3233,2012-05-04,on_hold,Tigullio\n");

		assertThat(result.errors()).isEmpty();
		assertThat(result.valid()).isTrue();
		SignatoryData row = result.rows().get(0);
		assertThat(row.name()).isEqualTo("Chiavari");
		assertThat(row.country()).isEqualTo("IT");
		assertThat(row.population()).isEqualTo(27314);
		assertThat(row.populationYear()).isEqualTo(2021);
		assertThat(row.areaKm2()).isEqualByComparingTo(new BigDecimal("12.22"));
		assertThat(row.adhesionDate()).isEqualTo(LocalDate.of(2012, 5, 4));
		assertThat(row.status()).isEqualTo(SignatoryStatus.ON_HOLD);
		assertThat(row.jointPlanGroup()).isEqualTo("Tigullio");
	}

	@Test
	void accepts_only_name_and_country_with_a_byte_order_mark() {
		SignatoryImport result = reader.read("\uFEFFname,country\nLeuven,BE\n\nHerent,BE\n");

		assertThat(result.errors()).isEmpty();
		assertThat(result.rows()).extracting(SignatoryData::name).containsExactly("Leuven", "Herent");
		assertThat(result.rows()).allSatisfy((row) -> assertThat(row.status()).isEqualTo(SignatoryStatus.ACTIVE));
	}

	@Test
	void names_the_line_and_column_of_every_bad_value() {
		SignatoryImport result = reader.read("name,country,population,adhesion_date\n" + "Leuven,BE,abc,2010-01-01\n"
				+ "Herent,XX,100,2010-01-01\n" + ",BE,-4,2099-01-01\n");

		assertThat(result.valid()).isFalse();
		assertThat(result.errors()).extracting(SignatoryImport.RowError::line, SignatoryImport.RowError::column)
			.contains(org.assertj.core.groups.Tuple.tuple(2L, "population"),
					org.assertj.core.groups.Tuple.tuple(3L, "country"), org.assertj.core.groups.Tuple.tuple(4L, "name"),
					org.assertj.core.groups.Tuple.tuple(4L, "population"),
					org.assertj.core.groups.Tuple.tuple(4L, "adhesion_date"));
	}

	@Test
	void rejects_a_missing_required_column_and_unknown_columns() {
		SignatoryImport result = reader.read("name,inhabitants\nLeuven,100\n");

		assertThat(result.errors()).extracting(SignatoryImport.RowError::code)
			.containsExactlyInAnyOrder("signatory.import.missingColumn", "signatory.import.unknownColumn");
		assertThat(result.rows()).isEmpty();
	}

	@Test
	void flags_the_same_municipality_twice() {
		SignatoryImport result = reader.read("name,country\nLeuven,BE\nleuven,BE\n");

		assertThat(result.errors()).extracting(SignatoryImport.RowError::code)
			.containsExactly("signatory.import.duplicateRow");
	}

	@Test
	void an_empty_file_is_an_error_not_an_empty_success() {
		assertThat(reader.read("name,country\n").errors()).extracting(SignatoryImport.RowError::code)
			.containsExactly("signatory.import.empty");
		assertThat(reader.read("").valid()).isFalse();
	}

	@Test
	void maps_record_components_back_to_csv_columns() {
		assertThat(SignatoryCsvReader.column("areaKm2")).isEqualTo("area_km2");
		assertThat(SignatoryCsvReader.column("populationYear")).isEqualTo("population_year");
		assertThat(SignatoryCsvReader.column("name")).isEqualTo("name");
	}

}
