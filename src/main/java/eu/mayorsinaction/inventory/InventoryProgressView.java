package eu.mayorsinaction.inventory;

import eu.mayorsinaction.inventory.calculation.Progress;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.SignatoryView;

/**
 * A signatory's progress as pages and the API show it.
 *
 * @param commitment the current commitment, or {@code null}
 * @param progress the comparison of its inventories
 */
public record InventoryProgressView(SignatoryView signatory, CommitmentView commitment, Progress progress) {

}
