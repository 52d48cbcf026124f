package eu.mayorsinaction.inventory;

import java.util.EnumMap;
import java.util.Map;

import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.inventory.calculation.QualityCheck;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stored inventory's figures for other modules (the action plan measures its actions
 * with the factors of its BEI), so that they need not know the calculation's types.
 * Access as for {@link InventoryManagement#inventory}.
 */
@Service
@Transactional(readOnly = true)
public class InventoryBaselines {

	private final InventoryManagement inventories;

	InventoryBaselines(InventoryManagement inventories) {
		this.inventories = inventories;
	}

	/**
	 * @throws InventoryNotFound if the signatory has no such inventory
	 */
	public InventoryBaseline baseline(Actor actor, SignatoryId signatory, long id) {
		InventoryView view = this.inventories.inventory(actor, signatory, id);
		InventoryResult result = view.result();
		if (result == null) {
			return new InventoryBaseline(id, view.summary().type(), view.summary().year(), false, null,
					(view.data().population() != null) ? view.data().population().doubleValue() : null, Map.of());
		}
		Map<Carrier, Double> factors = new EnumMap<>(Carrier.class);
		result.factors().carriers().forEach((carrier, factor) -> {
			if (factor != null) {
				factors.put(carrier, factor);
			}
		});
		if (result.electricityFactor() != null) {
			factors.put(Carrier.ELECTRICITY, result.electricityFactor());
		}
		if (result.heatFactor() != null) {
			factors.put(Carrier.HEAT_COLD, result.heatFactor());
		}
		return new InventoryBaseline(id, view.summary().type(), view.summary().year(), true, result.total(),
				result.input().population(), factors);
	}

	/**
	 * How many of the Covenant's four key sectors (municipal, tertiary, residential,
	 * transport; mapping in {@link QualityCheck}) the inventory covers: a key sector is
	 * covered when any of its rows has consumption above zero.
	 * @throws InventoryNotFound if the signatory has no such inventory
	 */
	public int keySectorsCovered(Actor actor, SignatoryId signatory, long id) {
		InventoryView view = this.inventories.inventory(actor, signatory, id);
		Map<Sector, Double> mwh = new EnumMap<>(Sector.class);
		for (InventoryData.ConsumptionRow row : view.data().consumption()) {
			if (row.mwh() != null) {
				mwh.merge(row.sector(), row.mwh(), Double::sum);
			}
		}
		int covered = 0;
		for (QualityCheck.KeySector key : QualityCheck.KeySector.values()) {
			if (key.sectors().stream().anyMatch((sector) -> mwh.getOrDefault(sector, 0.0) > 0)) {
				covered++;
			}
		}
		return covered;
	}

}
