package eu.mayorsinaction.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.calculation.Progress;
import eu.mayorsinaction.inventory.calculation.ProgressCalculator;
import eu.mayorsinaction.inventory.calculation.ProgressCommitment;
import eu.mayorsinaction.inventory.calculation.ProgressFigures;
import eu.mayorsinaction.inventory.calculation.ProgressInventory;
import eu.mayorsinaction.inventory.calculation.ProgressMetric;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signatory's progress: its monitoring inventories against its baseline and against the
 * current commitment. Read-only; whoever may see the signatory may read it (another
 * tenant's signatory answers 404, as everywhere).
 */
@Service
@Transactional(readOnly = true)
public class InventoryProgress {

	private final InventoryManagement inventories;

	private final OrganisationManagement organisations;

	InventoryProgress(InventoryManagement inventories, OrganisationManagement organisations) {
		this.inventories = inventories;
		this.organisations = organisations;
	}

	/**
	 * The comparison of the signatory's inventories with its current commitment.
	 * @throws eu.mayorsinaction.organisation.SignatoryNotFound if the person may not see
	 * the signatory
	 */
	public InventoryProgressView progress(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		List<ProgressInventory> compared = new ArrayList<>();
		Map<Long, BusinessException> problems = new HashMap<>();
		for (InventorySummary summary : this.inventories.inventories(actor, signatory)) {
			compared.add(figures(actor, signatory, summary, problems));
		}
		CommitmentView commitment = this.organisations.currentCommitment(signatory).orElse(null);
		Progress progress = ProgressCalculator.compare(compared, (commitment != null) ? of(commitment) : null);
		return new InventoryProgressView(view, commitment, progress, problems);
	}

	private ProgressInventory figures(Actor actor, SignatoryId signatory, InventorySummary summary,
			Map<Long, BusinessException> problems) {
		try {
			InventoryView inventory = this.inventories.inventory(actor, signatory, summary.id());
			if (inventory.problem() != null) {
				problems.put(summary.id(), inventory.problem());
			}
			return new ProgressInventory(summary.id(), summary.type(), summary.year(),
					inventory.computed() ? ProgressFigures.of(inventory.result()) : null,
					(inventory.problem() != null) ? inventory.problem().code() : null);
		}
		catch (BusinessException ex) {
			// A stored inventory that cannot be computed any more (e.g. a factor gone
			// from
			// the set) is listed with the reason rather than failing the whole page.
			problems.put(summary.id(), ex);
			return new ProgressInventory(summary.id(), summary.type(), summary.year(), null, ex.code());
		}
	}

	private static ProgressCommitment of(CommitmentView commitment) {
		return new ProgressCommitment(commitment.targetPercent().doubleValue(), commitment.targetYear(),
				(commitment.targetKind() == TargetKind.PER_CAPITA) ? ProgressMetric.PER_CAPITA
						: ProgressMetric.ABSOLUTE);
	}

}
