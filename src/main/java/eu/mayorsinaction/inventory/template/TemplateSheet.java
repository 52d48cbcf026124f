package eu.mayorsinaction.inventory.template;

import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.Sector;

/**
 * One inventory sheet of a template as read: the inventory it holds (every value with
 * provenance IMPORTED), what was skipped or doubtful, and the sheet's own Table B and
 * electricity factor to compare with the platform's computation.
 *
 * @param sheetName the sheet's name in the workbook
 * @param position 1 for the first inventory sheet of the workbook, 2 for the second
 * @param inventory the inventory read (type BEI for the first sheet, MEI for the second)
 * @param findings what was skipped or doubtful
 * @param tableB the emissions the sheet states per sector and carrier [t]
 * @param statedElectricityFactor the local electricity factor of row M550, column C, if
 * any [t/MWh]
 */
public record TemplateSheet(String sheetName, int position, InventoryData inventory, List<TemplateFinding> findings,
		Map<Sector, Map<Carrier, Double>> tableB, Double statedElectricityFactor) {

	/** Whether the sheet holds any value at all (an untouched second sheet does not). */
	public boolean hasData() {
		InventoryData data = this.inventory;
		return data.year() != null || !data.consumption().isEmpty() || !data.localElectricity().isEmpty()
				|| !data.nonEnergy().isEmpty() || data.greenElectricity() != null;
	}

}
