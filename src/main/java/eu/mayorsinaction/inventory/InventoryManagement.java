package eu.mayorsinaction.inventory;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.mayorsinaction.inventory.calculation.EmissionEngine;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryInput;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inventory module's service: computes inventories with the platform's factor sets,
 * and keeps each signatory's inventories, computed on every save with the factor set each
 * one keeps (new ones get the default set; another set only by an explicit, audited
 * recompute). Who may see or change a signatory's inventories is the organisation
 * module's decision: whoever may see the signatory may read them, whoever may edit it may
 * change them; a signatory the person may not see answers 404 before anything else is
 * looked at.
 */
@Service
@Transactional
public class InventoryManagement {

	static final String OBJECT_TYPE = "INVENTORY";

	static final String RECOMPUTE = "RECOMPUTE";

	private final FactorSetManagement factorSets;

	private final InventoryStore store;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InventoryReviews reviews;

	InventoryManagement(FactorSetManagement factorSets, InventoryStore store, OrganisationManagement organisations,
			ApplicationEventPublisher events, Optional<Clock> clock, InventoryReviews reviews) {
		this.factorSets = factorSets;
		this.store = store;
		this.organisations = organisations;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
		this.reviews = reviews;
	}

	/**
	 * The factor set new inventories get (at first the shipped IPCC 2006 + JRC 2017 set;
	 * an admin may make another the default).
	 */
	@Transactional(readOnly = true)
	public FactorSet standardFactorSet() {
		return this.factorSets.factors(this.factorSets.defaultId());
	}

	/**
	 * Computes an inventory with the default factor set, storing nothing.
	 * @throws eu.mayorsinaction.shared.BusinessException a named failure of the engine
	 * (missing factor, missing heat data, …)
	 */
	@Transactional(readOnly = true)
	public InventoryResult calculate(InventoryInput input) {
		return calculate(input, null);
	}

	/**
	 * Computes an inventory with the given factor set ({@code null}: the default),
	 * storing nothing.
	 * @throws FactorSetNotFound if there is no such set
	 */
	@Transactional(readOnly = true)
	public InventoryResult calculate(InventoryInput input, Long factorSetId) {
		long set = (factorSetId != null) ? factorSetId : this.factorSets.defaultId();
		return new EmissionEngine(this.factorSets.factors(set)).calculate(input);
	}

	/** The signatory's inventories, the latest year first. */
	@Transactional(readOnly = true)
	public List<InventorySummary> inventories(Actor actor, SignatoryId signatory) {
		this.organisations.getSignatory(actor, signatory);
		return this.store.list(signatory.value());
	}

	/**
	 * One inventory as entered, computed with the factor set it keeps; a draft that
	 * cannot be computed yet comes with the reason instead.
	 */
	@Transactional(readOnly = true)
	public InventoryView inventory(Actor actor, SignatoryId signatory, long id) {
		this.organisations.getSignatory(actor, signatory);
		InventoryView stored = stored(signatory, id);
		long set = stored.summary().factorSetId();
		try {
			return withResult(stored, compute(stored.data(), stored.country(), set));
		}
		catch (BusinessException ex) {
			if (stored.summary().status() != InventoryStatus.DRAFT) {
				throw ex;
			}
			return new InventoryView(stored.summary(), stored.country(), stored.data(), this.factorSets.factors(set),
					null, ex);
		}
	}

	/**
	 * Stores an inventory as a draft, new ({@code id == null}) or over the version read:
	 * the data must be valid, but it need not be computable yet (a factor or the heat
	 * data may still be missing). Its figures are kept when it can be computed.
	 * @throws InventoryAlreadyExists if the signatory has another one of that type and
	 * year
	 * @throws EditConflict if the version read is not the stored one
	 */
	public InventoryView saveDraft(Actor actor, SignatoryId signatory, Long id, InventoryData data) {
		SignatoryView view = editable(actor, signatory);
		InventoryView before = (id != null) ? stored(signatory, id) : null;
		data.validate(Year.now(this.clock));
		if (before != null && (data.version() == null || data.version() != before.summary().version())) {
			throw new EditConflict();
		}
		String country = countryOf(data, view);
		long set = (before != null) ? before.summary().factorSetId() : this.factorSets.defaultId();
		InventoryResult result;
		try {
			result = compute(data, country, set);
		}
		catch (BusinessException ex) {
			result = null;
		}
		InventoryStore.Header header = draftHeader(data, country, set, result);
		if (this.store.exists(signatory.value(), data.type(), data.year(), id)) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		long savedId;
		try {
			if (before == null) {
				savedId = this.store.insert(signatory.value(), header, this.clock.instant());
			}
			else if (this.store.update(signatory.value(), id, data.version(), header, this.clock.instant())) {
				savedId = id;
			}
			else {
				throw new EditConflict();
			}
		}
		catch (DuplicateKeyException ex) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		InventoryView after = inventory(actor, signatory, savedId);
		if (before == null) {
			this.events.publishEvent(Audited.created(actor, OBJECT_TYPE, savedId, label(after, view), signatory.value(),
					null, snapshot(after)));
		}
		else {
			this.events.publishEvent(Audited.updated(actor, OBJECT_TYPE, savedId, label(after, view), signatory.value(),
					null, snapshot(before), snapshot(after)));
			// review hook: an edit clears a coordinator's mark
			this.reviews.inventoryChanged(actor, signatory, savedId);
		}
		return after;
	}

	/**
	 * Stores a new inventory, computed with the default factor set, which it keeps.
	 * @throws InventoryAlreadyExists if the signatory has one of that type and year
	 */
	public InventoryView createInventory(Actor actor, SignatoryId signatory, InventoryData data) {
		SignatoryView view = editable(actor, signatory);
		data.validate(Year.now(this.clock));
		String country = countryOf(data, view);
		long set = this.factorSets.defaultId();
		InventoryResult result = compute(data, country, set);
		if (this.store.exists(signatory.value(), data.type(), data.year(), null)) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		long id;
		try {
			id = this.store.insert(signatory.value(), header(data, country, set, result), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		InventoryView created = withResult(stored(signatory, id), result);
		this.events.publishEvent(Audited.created(actor, OBJECT_TYPE, id, label(created, view), signatory.value(), null,
				snapshot(created)));
		return created;
	}

	/**
	 * Replaces an inventory's data, if nobody saved it since the version read, and
	 * computes it again with the factor set it keeps.
	 * @throws EditConflict if the version read is not the stored one
	 */
	public InventoryView updateInventory(Actor actor, SignatoryId signatory, long id, InventoryData data) {
		SignatoryView view = editable(actor, signatory);
		InventoryView before = stored(signatory, id);
		data.validate(Year.now(this.clock));
		if (data.version() == null || data.version() != before.summary().version()) {
			throw new EditConflict();
		}
		String country = countryOf(data, view);
		long set = before.summary().factorSetId();
		InventoryResult result = compute(data, country, set);
		if (this.store.exists(signatory.value(), data.type(), data.year(), id)) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		boolean updated;
		try {
			updated = this.store.update(signatory.value(), id, data.version(), header(data, country, set, result),
					this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new InventoryAlreadyExists(data.type(), data.year());
		}
		if (!updated) {
			throw new EditConflict();
		}
		InventoryView after = withResult(stored(signatory, id), result);
		this.events.publishEvent(Audited.updated(actor, OBJECT_TYPE, id, label(after, view), signatory.value(), null,
				snapshot(before), snapshot(after)));
		// review hook: an edit clears a coordinator's mark
		this.reviews.inventoryChanged(actor, signatory, id);
		return after;
	}

	/**
	 * Computes a stored inventory again with the current default factor set (an explicit,
	 * audited action: its figures may change when the set did).
	 */
	public InventoryView recompute(Actor actor, SignatoryId signatory, long id) {
		editable(actor, signatory);
		stored(signatory, id);
		return recompute(actor, signatory, id, this.factorSets.defaultId());
	}

	/**
	 * Computes a stored inventory again with factor set X, which it keeps from then on:
	 * an explicit action, recorded in the audit trail (action RECOMPUTE) with the figures
	 * before and after and both sets' names. A draft that cannot be computed with the set
	 * stays a draft.
	 * @throws FactorSetNotFound if there is no such set
	 * @throws eu.mayorsinaction.inventory.calculation.FactorSetForOtherApproach if the
	 * set is for the other approach (IPCC/LCA) than the inventory's
	 */
	public InventoryView recompute(Actor actor, SignatoryId signatory, long id, long factorSetId) {
		SignatoryView view = editable(actor, signatory);
		InventoryView before = stored(signatory, id);
		FactorSetSummary from = this.factorSets.factorSet(before.summary().factorSetId());
		FactorSetSummary to = this.factorSets.factorSet(factorSetId);
		InventoryStore.Header header;
		try {
			InventoryResult result = compute(before.data(), before.country(), factorSetId);
			header = (before.summary().status() == InventoryStatus.DRAFT)
					? draftHeader(before.data(), before.country(), factorSetId, result)
					: header(before.data(), before.country(), factorSetId, result);
		}
		catch (BusinessException ex) {
			if (before.summary().status() != InventoryStatus.DRAFT) {
				throw ex;
			}
			header = draftHeader(before.data(), before.country(), factorSetId, null);
		}
		if (!this.store.update(signatory.value(), id, before.summary().version(), header, this.clock.instant())) {
			throw new EditConflict();
		}
		InventoryView after = inventory(actor, signatory, id);
		Map<String, Object> beforeValues = snapshot(before);
		beforeValues.put("factorSet", from.label());
		Map<String, Object> afterValues = snapshot(after);
		afterValues.put("factorSet", to.label());
		this.events.publishEvent(new Audited(actor, RECOMPUTE, OBJECT_TYPE, id, label(after, view), signatory.value(),
				null, beforeValues, afterValues, "factor set " + from.label() + " -> " + to.label()));
		// review hook: a recompute changes the figures and clears a coordinator's mark
		this.reviews.inventoryChanged(actor, signatory, id);
		return after;
	}

	public void deleteInventory(Actor actor, SignatoryId signatory, long id) {
		SignatoryView view = editable(actor, signatory);
		InventoryView before = stored(signatory, id);
		this.store.delete(signatory.value(), id);
		this.events.publishEvent(new Audited(actor, "DELETE", OBJECT_TYPE, id, label(before, view), signatory.value(),
				null, snapshot(before), Map.of(), null));
	}

	SignatoryView editable(Actor actor, SignatoryId signatory) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return view;
	}

	private InventoryView stored(SignatoryId signatory, long id) {
		return this.store.find(signatory.value(), id).orElseThrow(() -> new InventoryNotFound(id));
	}

	private InventoryResult compute(InventoryData data, String country, long factorSetId) {
		return new EmissionEngine(this.factorSets.factors(factorSetId)).calculate(data.toInput(country));
	}

	private InventoryStore.Header header(InventoryData data, String country, long factorSetId, InventoryResult result) {
		return new InventoryStore.Header(data, country, InventoryStatus.COMPUTED, factorSetId,
				this.factorSets.factors(factorSetId).name(), result.total(), result.energy(), result.nonEnergy(),
				result.electricityFactor(), result.heatFactor());
	}

	/**
	 * A draft's header: its figures when it can be computed ({@code result} not null).
	 */
	private InventoryStore.Header draftHeader(InventoryData data, String country, long factorSetId,
			InventoryResult result) {
		return new InventoryStore.Header(data, country, InventoryStatus.DRAFT, factorSetId,
				this.factorSets.factors(factorSetId).name(), (result != null) ? result.total() : null,
				(result != null) ? result.energy() : null, (result != null) ? result.nonEnergy() : null,
				(result != null) ? result.electricityFactor() : null, (result != null) ? result.heatFactor() : null);
	}

	private static String countryOf(InventoryData data, SignatoryView signatory) {
		return (data.country() != null) ? data.country() : signatory.country();
	}

	private InventoryView withResult(InventoryView view, InventoryResult result) {
		return new InventoryView(view.summary(), view.country(), view.data(),
				this.factorSets.factors(view.summary().factorSetId()), result, null);
	}

	private static String label(InventoryView inventory, SignatoryView signatory) {
		return inventory.summary().type() + " " + inventory.summary().year() + " " + signatory.name();
	}

	/**
	 * What the audit trail keeps of an inventory: its header and figures, not the grid.
	 */
	private static Map<String, Object> snapshot(InventoryView inventory) {
		InventorySummary summary = inventory.summary();
		InventoryData data = inventory.data();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("type", summary.type().name());
		values.put("year", summary.year());
		values.put("approach", data.approachOrDefault().name());
		values.put("unit", data.unitOrDefault().name());
		values.put("population", data.population());
		values.put("country", inventory.country());
		values.put("nationalElectricityFactor", data.nationalElectricityFactor());
		values.put("heatFactor", data.heatFactor());
		values.put("consumptionCells", data.consumption().size());
		values.put("factorSet", summary.factorSetName());
		values.put("status", summary.status().name());
		values.put("totalTco2", summary.totalTco2());
		values.put("energyTco2", summary.energyTco2());
		values.put("nonEnergyTco2", summary.nonEnergyTco2());
		values.put("electricityFactor", summary.electricityFactor());
		values.put("computedHeatFactor", summary.heatFactor());
		return values;
	}

}
