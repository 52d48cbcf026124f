package eu.mayorsinaction.inventory;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.calculation.MissingElectricityFactor;
import eu.mayorsinaction.inventory.calculation.QualityCheck;
import eu.mayorsinaction.inventory.calculation.QualityInventory;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The data-quality checks of a stored inventory (see {@link QualityCheck}): whoever may
 * see the signatory may read them. The peers are the other signatories of the signatory's
 * country, whatever tenant they belong to; only their median, MAD and count leave this
 * service.
 */
@Service
@Transactional(readOnly = true)
public class InventoryQuality {

	private final InventoryManagement inventories;

	private final InventoryStore store;

	private final InventoryQualityStore peers;

	private final OrganisationManagement organisations;

	InventoryQuality(InventoryManagement inventories, InventoryStore store, InventoryQualityStore peers,
			OrganisationManagement organisations) {
		this.inventories = inventories;
		this.store = store;
		this.peers = peers;
		this.organisations = organisations;
	}

	/**
	 * The findings of one inventory.
	 * @throws eu.mayorsinaction.organisation.SignatoryNotFound if the person may not see
	 * the signatory
	 * @throws InventoryNotFound if the signatory has no such inventory
	 */
	public InventoryQualityView quality(Actor actor, SignatoryId signatory, long inventoryId) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		InventoryView stored = this.store.find(signatory.value(), inventoryId)
			.orElseThrow(() -> new InventoryNotFound(inventoryId));
		boolean electricityFactorKnown;
		try {
			InventoryView computed = this.inventories.inventory(actor, signatory, inventoryId);
			electricityFactorKnown = !(computed.problem() instanceof MissingElectricityFactor);
		}
		catch (MissingElectricityFactor ex) {
			electricityFactorKnown = false;
		}
		catch (BusinessException ex) {
			electricityFactorKnown = true;
		}
		QualityInventory inventory = of(stored.data(), electricityFactorKnown);
		InventorySummary previousSummary = this.store.list(signatory.value())
			.stream()
			.filter((s) -> s.year() < stored.summary().year())
			.max(Comparator.comparingInt(InventorySummary::year)
				.thenComparing((s) -> s.type() == stored.summary().type()))
			.orElse(null);
		QualityInventory previous = null;
		if (previousSummary != null) {
			previous = this.store.find(signatory.value(), previousSummary.id())
				.map((p) -> of(p.data(), true))
				.orElse(null);
		}
		List<QualityInventory> peerInventories = this.peers.peers(view.country(), signatory.value());
		return new InventoryQualityView(inventoryId, view.country(), peerInventories.size(),
				(previous != null) ? previous.year() : null,
				QualityCheck.check(inventory, previous, QualityCheck.perCapita(peerInventories)));
	}

	private static QualityInventory of(InventoryData data, boolean electricityFactorKnown) {
		Map<Sector, Double> mwh = new EnumMap<>(Sector.class);
		double electricity = 0;
		for (InventoryData.ConsumptionRow row : data.consumption()) {
			double value = (row.mwh() != null) ? row.mwh() : 0;
			mwh.merge(row.sector(), value, Double::sum);
			if (row.carrier() == Carrier.ELECTRICITY) {
				electricity += value;
			}
		}
		return new QualityInventory(data.year(), data.population(), mwh, electricity, electricityFactorKnown);
	}

}
