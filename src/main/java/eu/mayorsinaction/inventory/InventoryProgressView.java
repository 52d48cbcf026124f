package eu.mayorsinaction.inventory;

import java.util.Map;

import eu.mayorsinaction.inventory.calculation.Progress;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.BusinessException;

/**
 * A signatory's progress as pages and the API show it.
 *
 * @param commitment the current commitment, or {@code null}
 * @param progress the comparison of its inventories
 * @param problems why each inventory without a result cannot be computed, by inventory id
 * (the engine's named failure, with the arguments of its message)
 */
public record InventoryProgressView(SignatoryView signatory, CommitmentView commitment, Progress progress,
		Map<Long, BusinessException> problems) {

	public InventoryProgressView {
		problems = Map.copyOf(problems);
	}

}
