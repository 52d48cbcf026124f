package eu.mayorsinaction.inventory;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The emission factor sets the platform computes inventories with: public reference data
 * that anyone signed in may read, and that only platform admins add (by CSV upload, with
 * a preview first) or mark as the default for new inventories. A stored set never
 * changes: uploading a set under an existing name stores the next version, and every
 * inventory keeps the version it was computed with until someone recomputes it with
 * another
 * ({@link InventoryManagement#recompute(Actor, eu.mayorsinaction.organisation.SignatoryId, long, long)}).
 */
@Service
@Transactional
public class FactorSetManagement {

	static final String OBJECT_TYPE = "FACTOR_SET";

	static final String MAKE_DEFAULT = "FACTOR_SET_DEFAULT";

	private final FactorSetStore store;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Factors by set id: a stored set never changes, so what is read once stays true. */
	private final Map<Long, FactorSet> factors = new ConcurrentHashMap<>();

	FactorSetManagement(FactorSetStore store, ApplicationEventPublisher events, Optional<Clock> clock) {
		this.store = store;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Every set, by name, the latest version first. */
	@Transactional(readOnly = true)
	public List<FactorSetSummary> factorSets() {
		return this.store.list();
	}

	/**
	 * @throws FactorSetNotFound if there is no such set
	 */
	@Transactional(readOnly = true)
	public FactorSetSummary factorSet(long id) {
		return this.store.find(id).orElseThrow(() -> new FactorSetNotFound(id));
	}

	/** A set's factors. @throws FactorSetNotFound if there is no such set */
	@Transactional(readOnly = true)
	public FactorSet factors(long id) {
		FactorSet cached = this.factors.get(id);
		if (cached != null) {
			return cached;
		}
		FactorSet read = this.store.factors(factorSet(id));
		this.factors.put(id, read);
		return read;
	}

	/** The set new inventories get. */
	@Transactional(readOnly = true)
	public FactorSetSummary defaultSet() {
		return factorSet(defaultId());
	}

	@Transactional(readOnly = true)
	long defaultId() {
		return this.store.defaultId().orElseThrow(() -> new IllegalStateException("no default factor set"));
	}

	/**
	 * Reads an upload without storing anything: every factor, every problem with its
	 * line, and the version the set would get.
	 * @throws Forbidden unless a platform admin
	 * @throws eu.mayorsinaction.shared.InvalidInput naming the description fields at
	 * fault
	 */
	@Transactional(readOnly = true)
	public FactorSetUpload preview(Actor actor, FactorSetDraft draft, String csv) {
		requireAdmin(actor);
		draft.validate();
		return FactorSetCsvReader.read(csv).withDraft(draft, this.store.latestVersion(draft.name()) + 1);
	}

	/**
	 * Stores an upload as a new set (or the next version of the set of that name), all or
	 * nothing.
	 * @throws FactorSetUploadRejected if the file has any error (nothing is stored)
	 * @throws Forbidden unless a platform admin
	 */
	public FactorSetSummary create(Actor actor, FactorSetDraft draft, String csv) {
		FactorSetUpload upload = preview(actor, draft, csv);
		if (!upload.valid()) {
			throw new FactorSetUploadRejected(upload);
		}
		long id;
		try {
			id = this.store.insert(draft, upload.version(), upload, actor.userId(), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw new EditConflict();
		}
		if (draft.makeDefault()) {
			this.store.makeDefault(id);
		}
		FactorSetSummary created = factorSet(id);
		this.events
			.publishEvent(Audited.created(actor, OBJECT_TYPE, id, created.label(), null, null, snapshot(created)));
		return created;
	}

	/** New inventories get this set from now on. */
	public FactorSetSummary makeDefault(Actor actor, long id) {
		requireAdmin(actor);
		factorSet(id);
		FactorSetSummary previous = defaultSet();
		this.store.makeDefault(id);
		FactorSetSummary after = factorSet(id);
		this.events.publishEvent(new Audited(actor, MAKE_DEFAULT, OBJECT_TYPE, id, after.label(), null, null,
				Map.of("defaultSet", previous.label()), Map.of("defaultSet", after.label()), null));
		return after;
	}

	/**
	 * Deletes a set that no inventory keeps and that is not the default.
	 * @throws FactorSetInUse otherwise
	 */
	public void delete(Actor actor, long id) {
		requireAdmin(actor);
		FactorSetSummary set = factorSet(id);
		if (set.inUse() || set.defaultForNew() || !this.store.deleteUnused(id)) {
			throw new FactorSetInUse(set);
		}
		this.factors.remove(id);
		this.events.publishEvent(
				new Audited(actor, "DELETE", OBJECT_TYPE, id, set.label(), null, null, snapshot(set), Map.of(), null));
	}

	/**
	 * The set's factors as the documented CSV, to edit and upload as the next version.
	 */
	@Transactional(readOnly = true)
	public String csv(long id) {
		FactorSet set = factors(id);
		StringBuilder csv = new StringBuilder(FactorSetCsvReader.HEADER_TEXT).append('\n');
		set.fuelFactors()
			.forEach((carrier, factor) -> csv.append("fuel,")
				.append(carrier.name())
				.append(",,")
				.append(plain(factor))
				.append('\n'));
		set.electricityFactors()
			.forEach((country,
					years) -> years.forEach((year, factor) -> csv.append("electricity,")
						.append(country)
						.append(',')
						.append(year)
						.append(',')
						.append(plain(factor))
						.append('\n')));
		return csv.toString();
	}

	private static String plain(double factor) {
		return java.math.BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString();
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private static Map<String, Object> snapshot(FactorSetSummary set) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", set.name());
		values.put("version", set.version());
		values.put("approach", set.approach().name());
		values.put("unit", set.unit().name());
		values.put("source", set.source());
		values.put("fuelFactors", set.fuelFactors());
		values.put("electricityFactors", set.electricityFactors());
		values.put("defaultForNew", set.defaultForNew());
		return values;
	}

}
