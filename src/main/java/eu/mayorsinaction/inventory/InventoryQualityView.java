package eu.mayorsinaction.inventory;

import java.util.List;

import eu.mayorsinaction.inventory.calculation.QualityFinding;

/**
 * The data-quality findings of one inventory.
 *
 * @param inventoryId the inventory checked
 * @param country the country whose signatories are the peers
 * @param peerCount how many peers there are (the latest computed inventory with a
 * population of each other signatory of the country)
 * @param previousYear the year of the previous inventory compared with, or {@code null}
 * @param findings the findings, coverage and completeness first
 */
public record InventoryQualityView(long inventoryId, String country, int peerCount, Integer previousYear,
		List<QualityFinding> findings) {

	public InventoryQualityView {
		findings = List.copyOf(findings);
	}

}
