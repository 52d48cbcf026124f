package eu.mayorsinaction.inventory.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryData.NonEnergyRow;
import eu.mayorsinaction.inventory.InventoryData.PlantRow;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.inventory.Sector;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The shipped Italian 2009 SEAP template, filled cell by cell (addresses written out
 * here, not taken from the reader's layout), read back: exactly the figures put in, also
 * from a copy whose labels are blanked and whose sheets are renamed, and from an .xlsx.
 */
class SeapTemplateReaderTests {

	private final SeapTemplateReader reader = new SeapTemplateReader();

	@Test
	void the_filled_template_gives_back_exactly_the_figures_put_in() throws IOException {
		List<TemplateSheet> sheets = this.reader.read(FilledTemplates.filled(false, false, 2008, 2014));
		assertBaselineAndMonitoring(sheets, "Inventario base emissioni (1)", "Inventario base emissioni (2)");
	}

	@Test
	void labels_and_sheet_names_do_not_matter() throws IOException {
		List<TemplateSheet> sheets = this.reader.read(FilledTemplates.filled(true, false, 2008, 2014));
		assertBaselineAndMonitoring(sheets, "Sheet 2", "Sheet 3");
	}

	@Test
	void an_xlsx_of_the_same_structure_reads_the_same() throws IOException {
		List<TemplateSheet> sheets = this.reader.read(FilledTemplates.filled(false, true, 2008, 2014));
		assertBaselineAndMonitoring(sheets, "Inventario base emissioni (1)", "Inventario base emissioni (2)");
	}

	private static void assertBaselineAndMonitoring(List<TemplateSheet> sheets, String first, String second) {
		assertThat(sheets).extracting(TemplateSheet::sheetName).containsExactly(first, second);
		TemplateSheet baseline = sheets.get(0);
		InventoryData bei = baseline.inventory();
		assertThat(bei.type()).isEqualTo(InventoryType.BEI);
		assertThat(bei.year()).isEqualTo(2008);
		assertThat(bei.population()).isEqualTo(27000);
		assertThat(bei.approach()).isEqualTo(Approach.IPCC);
		assertThat(bei.unit()).isEqualTo(EmissionUnit.CO2);
		assertThat(bei.consumption()).extracting(ConsumptionRow::sector, ConsumptionRow::carrier, ConsumptionRow::mwh)
			.containsExactlyInAnyOrder(tuple(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 1000.0),
					tuple(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 2000.0),
					tuple(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 10000.0));
		assertThat(bei.consumption()).extracting(ConsumptionRow::provenance).containsOnly(Provenance.IMPORTED);
		assertThat(bei.greenElectricity().mwh()).isEqualTo(500.0);
		assertThat(bei.greenElectricity().tco2()).isEqualTo(0.0);
		// M550: natural gas 0.202 typed in, other biomass 0 as the template ships it.
		assertThat(bei.ownFactors())
			.containsExactlyInAnyOrderEntriesOf(Map.of(Carrier.NATURAL_GAS, 0.202, Carrier.OTHER_BIOMASS, 0.0));
		assertThat(bei.nationalElectricityFactor()).isEqualTo(0.4);
		assertThat(bei.nonEnergy()).extracting(NonEnergyRow::sector, NonEnergyRow::tco2)
			.containsExactly(tuple(NonEnergySector.WASTE, 500.0));
		// The CHP plant of M114 (3,500 MWh electricity, 1,235.53 t) and M131 (5,000 MWh
		// heat, 784.47 t) is one plant of 1,235.53 + 784.47 = 2,020 t.
		assertThat(bei.localElectricity()).extracting(PlantRow::plant, PlantRow::mwh, PlantRow::heatMwh)
			.containsExactly(tuple(PlantType.PHOTOVOLTAIC, 1000.0, null), tuple(PlantType.CHP, 3500.0, 5000.0));
		assertThat(bei.localElectricity().get(0).tco2()).isEqualTo(0.0);
		assertThat(bei.localElectricity().get(1).tco2()).isCloseTo(2020.0, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(bei.localElectricity().get(1).inputs())
			.containsExactlyEntriesOf(Map.of(Carrier.NATURAL_GAS, 10000.0));
		// Table B as the sheet states it.
		assertThat(baseline.tableB()).containsEntry(Sector.MUNICIPAL_BUILDINGS, Map.of(Carrier.NATURAL_GAS, 202.0))
			.containsEntry(Sector.RESIDENTIAL_BUILDINGS, Map.of(Carrier.ELECTRICITY, 700.0));
		// Skipped and doubtful: text in F29, a negative value in G29, 200 MWh of steam in
		// I81.
		assertThat(baseline.findings()).extracting(TemplateFinding::cell, TemplateFinding::code)
			.containsExactlyInAnyOrder(tuple("F29", "template.notANumber"), tuple("G29", "template.negative"),
					tuple("I81", "template.inputNotModelled"));
		InventoryData mei = sheets.get(1).inventory();
		assertThat(mei.type()).isEqualTo(InventoryType.MEI);
		assertThat(mei.year()).isEqualTo(2014);
		assertThat(mei.population()).isNull();
		assertThat(mei.consumption()).extracting(ConsumptionRow::sector, ConsumptionRow::carrier, ConsumptionRow::mwh)
			.containsExactly(tuple(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 800.0),
					tuple(Sector.PUBLIC_TRANSPORT, Carrier.BIOFUEL, 50.0));
	}

	@Test
	void an_untouched_template_has_nothing_to_import() throws IOException {
		assertThatThrownBy(() -> this.reader.read(FilledTemplates.template())).isInstanceOfSatisfying(
				TemplateUnreadable.class, (ex) -> assertThat(ex.code()).isEqualTo("template.empty"));
	}

	@Test
	void a_corrupt_file_a_workbook_without_inventory_and_an_oversized_file_are_refused() throws IOException {
		assertThatThrownBy(() -> this.reader.read("not a workbook at all".getBytes())).isInstanceOfSatisfying(
				TemplateUnreadable.class, (ex) -> assertThat(ex.code()).isEqualTo("template.corrupt"));
		ByteArrayOutputStream other = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("M11");
			workbook.write(other);
		}
		assertThatThrownBy(() -> this.reader.read(other.toByteArray())).isInstanceOfSatisfying(TemplateUnreadable.class,
				(ex) -> assertThat(ex.code()).isEqualTo("template.noInventorySheet"));
		assertThatThrownBy(() -> this.reader.read(new byte[(int) SeapTemplateReader.MAX_BYTES + 1]))
			.isInstanceOfSatisfying(TemplateUnreadable.class,
					(ex) -> assertThat(ex.code()).isEqualTo("template.tooLarge"));
	}

}
