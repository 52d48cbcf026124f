package eu.mayorsinaction.actionplan.export;

import java.time.Instant;
import java.time.LocalDate;

import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanExportFormatTests {

	@Test
	void the_format_is_the_template_by_default_and_any_case_of_the_three_names() {
		assertThat(PlanExportFormat.parse(null)).isEqualTo(PlanExportFormat.TEMPLATE);
		assertThat(PlanExportFormat.parse(" ")).isEqualTo(PlanExportFormat.TEMPLATE);
		assertThat(PlanExportFormat.parse("Template")).isEqualTo(PlanExportFormat.TEMPLATE);
		assertThat(PlanExportFormat.parse("csv")).isEqualTo(PlanExportFormat.CSV);
		assertThat(PlanExportFormat.parse(" XLSX ")).isEqualTo(PlanExportFormat.XLSX);
	}

	@Test
	void another_format_names_the_field_and_the_value() {
		assertThatThrownBy(() -> PlanExportFormat.parse("pdf")).isInstanceOfSatisfying(InvalidInput.class, (ex) -> {
			assertThat(ex.violations()).hasSize(1);
			assertThat(ex.violations().get(0).field()).isEqualTo("format");
			assertThat(ex.violations().get(0).code()).isEqualTo("planexport.error.format");
			assertThat(ex.violations().get(0).arguments()).containsExactly("pdf");
		});
	}

	@Test
	void the_file_name_keeps_ascii_letters_and_digits_of_the_signatory() {
		PlanView plan = new PlanView(12, 7, PlanKind.SEAP, "Plan", null, null, null, null, PlanStatus.DRAFT, 0,
				Instant.EPOCH, Instant.EPOCH);
		assertThat(PlanExports.fileName(plan, signatory("Vilanova i la Geltrú"), PlanExportFormat.TEMPLATE))
			.isEqualTo("SEAP-Vilanova-i-la-Geltru-12.xls");
		assertThat(PlanExports.fileName(plan, signatory("Łódź (miasto)"), PlanExportFormat.CSV))
			.isEqualTo("SEAP-Lodz-miasto-12.csv");
		// nothing left of a Greek name: the signatory's id instead
		assertThat(PlanExports.fileName(plan, signatory("Ηράκλειο"), PlanExportFormat.XLSX))
			.isEqualTo("SEAP-7-12.xlsx");
	}

	private static SignatoryView signatory(String name) {
		return new SignatoryView(7, name, "ES", null, null, null, null, null, null, null, LocalDate.of(2010, 1, 1),
				SignatoryStatus.ACTIVE, null, false, 0);
	}

}
