package eu.mayorsinaction.inventory;

import java.util.EnumMap;
import java.util.Map;

import eu.mayorsinaction.inventory.calculation.InventoryResult;
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

}
