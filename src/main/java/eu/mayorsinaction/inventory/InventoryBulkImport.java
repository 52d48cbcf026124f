package eu.mayorsinaction.inventory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryData.NonEnergyRow;
import eu.mayorsinaction.inventory.calculation.EmissionEngine;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.NotFound;
import eu.mayorsinaction.shared.PageResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk import and export of many signatories' inventories in the long CSV format
 * ({@link BulkCsv}). An import is a background job on the application's task executor:
 * every row is checked first (the signatory must be one the person may edit, the codes
 * and numbers valid, no cell twice, the population the same on all rows of an inventory,
 * no inventory that already exists) and, only if no row is at fault, every inventory is
 * stored in one transaction: computed with the default factor set, or as a draft when it
 * cannot be computed yet. The job's progress is written every {@value #PROGRESS_EVERY}
 * rows in its own short transaction, so that a page polling any node sees it; the job
 * belongs to the person who started it.
 */
@Service
public class InventoryBulkImport {

	static final int PROGRESS_EVERY = 250;

	/** The largest file accepted: 20 MB, as for uploads. */
	public static final int MAX_BYTES = 20 * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(InventoryBulkImport.class);

	private final InventoryBulkStore jobs;

	private final InventoryStore store;

	private final FactorSetManagement factorSets;

	private final OrganisationManagement organisations;

	private final ApplicationEventPublisher events;

	private final TaskExecutor executor;

	private final TransactionTemplate transaction;

	private final TransactionTemplate ownTransaction;

	private final Clock clock;

	InventoryBulkImport(InventoryBulkStore jobs, InventoryStore store, FactorSetManagement factorSets,
			OrganisationManagement organisations, ApplicationEventPublisher events,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, PlatformTransactionManager transactions,
			Optional<Clock> clock) {
		this.jobs = jobs;
		this.store = store;
		this.factorSets = factorSets;
		this.organisations = organisations;
		this.events = events;
		this.executor = executor;
		this.transaction = new TransactionTemplate(transactions);
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * Whether the person may import at all: a platform admin, an organisation's staff or
	 * an editor of some signatory (each row is checked against the signatory it names).
	 */
	public boolean mayImport(Actor actor) {
		return actor.isAuthenticated()
				&& (actor.platformAdmin() || actor.isOrganisationMember() || !actor.editableSignatoryIds().isEmpty());
	}

	/**
	 * Starts an import of the file (UTF-8 text) in the background.
	 * @return the job's id
	 * @throws Forbidden if the person may edit no signatory
	 * @throws InvalidInput if the file is empty or too large
	 */
	public String start(Actor actor, byte[] csv) {
		if (!mayImport(actor)) {
			throw new Forbidden();
		}
		if (csv == null || csv.length == 0) {
			throw new InvalidInput("file", "bulk.error.noFile");
		}
		if (csv.length > MAX_BYTES) {
			throw new InvalidInput("file", "bulk.error.tooLarge", "20");
		}
		String text = new String(csv, StandardCharsets.UTF_8);
		String id = UUID.randomUUID().toString();
		this.ownTransaction.executeWithoutResult(
				(status) -> this.jobs.create(id, actor.userId(), BulkCsv.countRows(text), this.clock.instant()));
		this.executor.execute(() -> run(id, actor, text));
		return id;
	}

	/**
	 * The job, for the person who started it.
	 * @throws BulkJobNotFound for anyone else, or if there is no such job
	 */
	public BulkJob job(Actor actor, String jobId) {
		return owned(actor, jobId);
	}

	/** The job's row errors (the first 1000), for the person who started it. */
	public List<BulkJob.RowError> errors(Actor actor, String jobId) {
		owned(actor, jobId);
		return this.jobs.errors(jobId);
	}

	/**
	 * The inventories in the long format: of one organisation's supported signatories
	 * ({@code organisationId} given; the organisation must be visible), else of every
	 * signatory the person may see. Table A cells, non-energy rows and the population:
	 * green electricity, local plants, heat and own factors are not part of the format.
	 */
	public String export(Actor actor, Long organisationId) {
		SignatoryQuery query = SignatoryQuery.all();
		if (organisationId != null) {
			this.organisations.getOrganisation(actor, new OrganisationId(organisationId));
			query = new SignatoryQuery(null, null, null, organisationId, "name");
		}
		Set<Long> ids = new LinkedHashSet<>();
		int page = 0;
		while (true) {
			PageResult<SignatoryView> result = this.organisations.findSignatories(actor, query, page, 200);
			result.items().forEach((signatory) -> ids.add(signatory.id()));
			if (result.items().size() < 200) {
				break;
			}
			page++;
		}
		StringBuilder csv = new StringBuilder(BulkCsv.header()).append('\n');
		this.transaction.execute((status) -> {
			this.jobs.exportRows(ids,
					(row) -> csv.append(row.signatoryId())
						.append(',')
						.append(row.type())
						.append(',')
						.append(row.year())
						.append(',')
						.append((row.population() != null) ? row.population().toString() : "")
						.append(',')
						.append(row.sector())
						.append(',')
						.append((row.carrier() != null) ? row.carrier() : "")
						.append(',')
						.append((row.mwh() != null) ? BulkCsv.number(row.mwh()) : "")
						.append(',')
						.append((row.tco2() != null) ? BulkCsv.number(row.tco2()) : "")
						.append(',')
						.append((row.provenance() != null) ? row.provenance() : "")
						.append('\n'));
			return null;
		});
		return csv.toString();
	}

	private BulkJob owned(Actor actor, String jobId) {
		return this.jobs.find(jobId)
			.filter((owned) -> actor.userId() != null && owned.userId() == actor.userId())
			.map(InventoryBulkStore.OwnedJob::job)
			.orElseThrow(BulkJobNotFound::new);
	}

	// The job

	/** An inventory of the file as it is being read. */
	private static final class Pending {

		final long signatoryId;

		final InventoryType type;

		final int year;

		final int firstLine;

		Integer population;

		int populationLine;

		final Map<String, Integer> cells = new HashMap<>();

		final List<ConsumptionRow> consumption = new ArrayList<>();

		final List<NonEnergyRow> nonEnergy = new ArrayList<>();

		int rows;

		String country;

		String signatoryName;

		InventoryStore.Header header;

		Pending(long signatoryId, InventoryType type, int year, int firstLine) {
			this.signatoryId = signatoryId;
			this.type = type;
			this.year = year;
			this.firstLine = firstLine;
		}

		InventoryData data() {
			return new InventoryData(this.type, this.year, null, null, this.population, null, null, null, null,
					this.consumption, null, null, null, this.nonEnergy, null);
		}

	}

	/** Runs the job to its end: DONE, or FAILED with the row errors. */
	void run(String jobId, Actor actor, String text) {
		List<BulkJob.RowError> errors = new ArrayList<>();
		try {
			Map<String, Pending> inventories = read(jobId, actor, text, errors);
			if (errors.isEmpty()) {
				prepare(inventories.values(), errors);
			}
			if (!errors.isEmpty()) {
				fail(jobId, errors);
				return;
			}
			int rowsTotal = inventories.values().stream().mapToInt((p) -> p.rows).sum();
			store(jobId, actor, inventories.values(), rowsTotal);
			this.ownTransaction
				.executeWithoutResult((status) -> this.jobs.finish(jobId, BulkJob.State.DONE, 0, this.clock.instant()));
		}
		catch (RuntimeException ex) {
			log.warn("Bulk import {} failed", jobId, ex);
			errors.add(new BulkJob.RowError(0, null, null, "bulk.error.unexpected"));
			fail(jobId, errors);
		}
	}

	private void fail(String jobId, List<BulkJob.RowError> errors) {
		this.ownTransaction.executeWithoutResult((status) -> {
			this.jobs.addErrors(jobId, errors);
			this.jobs.finish(jobId, BulkJob.State.FAILED, errors.size(), this.clock.instant());
		});
	}

	private Map<String, Pending> read(String jobId, Actor actor, String text, List<BulkJob.RowError> errors) {
		List<BulkCsv.Line> lines = BulkCsv.split(text);
		Map<String, Pending> inventories = new LinkedHashMap<>();
		if (lines.isEmpty()) {
			errors.add(new BulkJob.RowError(1, null, null, "bulk.error.noFile"));
			return inventories;
		}
		BulkCsv.Line head = lines.get(0);
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < head.fields().size(); i++) {
			String name = BulkCsv.lower(head.fields().get(i));
			if (!BulkCsv.COLUMNS.contains(name)) {
				errors.add(new BulkJob.RowError(head.number(), name, name, "bulk.error.unknownColumn",
						String.join(", ", BulkCsv.COLUMNS)));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				errors.add(new BulkJob.RowError(head.number(), name, name, "bulk.error.columnTwice"));
			}
		}
		for (String required : BulkCsv.REQUIRED) {
			if (!columns.containsKey(required)) {
				errors.add(new BulkJob.RowError(head.number(), required, null, "bulk.error.missingColumn", required));
			}
		}
		if (!columns.containsKey("mwh") && !columns.containsKey("tco2")) {
			errors.add(new BulkJob.RowError(head.number(), "mwh", null, "bulk.error.missingColumn", "mwh"));
		}
		if (!errors.isEmpty()) {
			return inventories;
		}
		Map<Long, Optional<SignatoryView>> editable = new HashMap<>();
		int lastYear = Year.now(this.clock).getValue();
		int read = 0;
		for (BulkCsv.Line line : lines.subList(1, lines.size())) {
			readRow(actor, line, columns, head.fields().size(), lastYear, editable, inventories, errors);
			read++;
			if (read % PROGRESS_EVERY == 0) {
				int done = read;
				this.ownTransaction.executeWithoutResult((status) -> this.jobs.progress(jobId, done, 0, 0, 0));
			}
		}
		int done = read;
		this.ownTransaction.executeWithoutResult((status) -> this.jobs.progress(jobId, done, 0, inventories.size(), 0));
		return inventories;
	}

	private void readRow(Actor actor, BulkCsv.Line line, Map<String, Integer> columns, int width, int lastYear,
			Map<Long, Optional<SignatoryView>> editable, Map<String, Pending> inventories,
			List<BulkJob.RowError> errors) {
		int n = line.number();
		int before = errors.size();
		if (line.fields().size() > width) {
			errors.add(new BulkJob.RowError(n, null, null, "bulk.error.tooManyFields", String.valueOf(width)));
			return;
		}
		Row row = new Row(line, columns);
		Long signatoryId = null;
		String signatory = row.get("signatory_id");
		if (signatory.isEmpty()) {
			errors.add(new BulkJob.RowError(n, "signatory_id", "", "bulk.error.required"));
		}
		else {
			try {
				signatoryId = Long.parseLong(signatory);
			}
			catch (NumberFormatException ex) {
				errors.add(new BulkJob.RowError(n, "signatory_id", signatory, "bulk.error.notAnId"));
			}
		}
		Optional<SignatoryView> view = Optional.empty();
		if (signatoryId != null) {
			view = editable.computeIfAbsent(signatoryId, (id) -> editableSignatory(actor, id));
			if (view.isEmpty()) {
				errors.add(new BulkJob.RowError(n, "signatory_id", signatory, "bulk.error.signatoryNotEditable",
						signatory));
			}
		}
		InventoryType type = code(row, "inventory_type", InventoryType.class, true, errors);
		Integer year = null;
		String yearText = row.get("inventory_year");
		if (yearText.isEmpty()) {
			errors.add(new BulkJob.RowError(n, "inventory_year", "", "bulk.error.required"));
		}
		else {
			try {
				year = Integer.parseInt(yearText);
				if (year < InventoryData.FIRST_YEAR || year > lastYear) {
					errors.add(new BulkJob.RowError(n, "inventory_year", yearText, "inventory.yearOutOfRange",
							String.valueOf(InventoryData.FIRST_YEAR), String.valueOf(lastYear)));
					year = null;
				}
			}
			catch (NumberFormatException ex) {
				errors.add(new BulkJob.RowError(n, "inventory_year", yearText, "bulk.error.notAYear"));
			}
		}
		Integer population = null;
		String populationText = row.get("population");
		if (!populationText.isEmpty()) {
			try {
				population = Integer.parseInt(populationText);
				if (population <= 0) {
					errors
						.add(new BulkJob.RowError(n, "population", populationText, "inventory.populationNotPositive"));
					population = null;
				}
			}
			catch (NumberFormatException ex) {
				errors.add(new BulkJob.RowError(n, "population", populationText, "bulk.error.notAWholeNumber"));
			}
		}
		String sectorText = row.get("sector");
		Sector sector = null;
		NonEnergySector nonEnergy = null;
		if (sectorText.isEmpty()) {
			errors.add(new BulkJob.RowError(n, "sector", "", "bulk.error.required"));
		}
		else {
			sector = enumValue(Sector.class, sectorText);
			nonEnergy = (sector == null) ? enumValue(NonEnergySector.class, sectorText) : null;
			if (sector == null && nonEnergy == null) {
				errors.add(new BulkJob.RowError(n, "sector", sectorText, "bulk.error.unknownSector"));
			}
		}
		Carrier carrier = null;
		Double mwh = null;
		Double tco2 = null;
		Provenance provenance = code(row, "provenance", Provenance.class, false, errors);
		if (sector != null) {
			carrier = code(row, "carrier", Carrier.class, true, errors);
			mwh = quantity(row, "mwh", true, errors);
			if (!row.get("tco2").isEmpty()) {
				errors.add(new BulkJob.RowError(n, "tco2", row.get("tco2"), "bulk.error.tco2OnEnergyRow"));
			}
		}
		else if (nonEnergy != null) {
			tco2 = quantity(row, "tco2", true, errors);
			if (!row.get("carrier").isEmpty()) {
				errors.add(new BulkJob.RowError(n, "carrier", row.get("carrier"), "bulk.error.carrierOnNonEnergyRow"));
			}
			if (!row.get("mwh").isEmpty()) {
				errors.add(new BulkJob.RowError(n, "mwh", row.get("mwh"), "bulk.error.mwhOnNonEnergyRow"));
			}
		}
		if (errors.size() > before || view.isEmpty() || type == null || year == null) {
			return;
		}
		long id = signatoryId;
		int inventoryYear = year;
		Pending pending = inventories.computeIfAbsent(id + "/" + type + "/" + year,
				(key) -> new Pending(id, type, inventoryYear, n));
		pending.country = view.get().country();
		pending.signatoryName = view.get().name();
		String cell = (sector != null) ? sector + "/" + carrier : nonEnergy.name();
		Integer first = pending.cells.putIfAbsent(cell, n);
		if (first != null) {
			errors.add(new BulkJob.RowError(n, (sector != null) ? "carrier" : "sector", cell,
					"bulk.error.duplicateCell", cell, String.valueOf(first)));
			return;
		}
		if (population != null) {
			if (pending.population == null) {
				pending.population = population;
				pending.populationLine = n;
			}
			else if (!pending.population.equals(population)) {
				errors.add(new BulkJob.RowError(n, "population", populationText, "bulk.error.populationDiffers",
						String.valueOf(pending.population), String.valueOf(pending.populationLine)));
				return;
			}
		}
		if (sector != null) {
			pending.consumption.add(new ConsumptionRow(sector, carrier, mwh, provenance, null));
		}
		else {
			pending.nonEnergy.add(new NonEnergyRow(nonEnergy, tco2));
		}
		pending.rows++;
	}

	/**
	 * Checks each inventory as a whole (it must not exist yet, its data must be valid)
	 * and computes it: its header is ready to store.
	 */
	private void prepare(Iterable<Pending> inventories, List<BulkJob.RowError> errors) {
		long set = this.factorSets.defaultId();
		FactorSet factors = this.factorSets.factors(set);
		EmissionEngine engine = new EmissionEngine(factors);
		Year now = Year.now(this.clock);
		this.transaction.execute((status) -> {
			for (Pending pending : inventories) {
				if (this.store.exists(pending.signatoryId, pending.type, pending.year, null)) {
					errors.add(new BulkJob.RowError(pending.firstLine, "inventory_year", String.valueOf(pending.year),
							"bulk.error.exists", String.valueOf(pending.signatoryId), pending.type.name(),
							String.valueOf(pending.year)));
					continue;
				}
				InventoryData data = pending.data();
				try {
					data.validate(now);
				}
				catch (InvalidInput invalid) {
					invalid.violations()
						.forEach((violation) -> errors.add(new BulkJob.RowError(pending.firstLine, violation.field(),
								null, violation.code(), violation.arguments())));
					continue;
				}
				InventoryResult result;
				try {
					result = engine.calculate(data.toInput(pending.country));
				}
				catch (BusinessException problem) {
					result = null;
				}
				pending.header = new InventoryStore.Header(data, pending.country,
						(result != null) ? InventoryStatus.COMPUTED : InventoryStatus.DRAFT, set, factors.name(),
						(result != null) ? result.total() : null, (result != null) ? result.energy() : null,
						(result != null) ? result.nonEnergy() : null,
						(result != null) ? result.electricityFactor() : null,
						(result != null) ? result.heatFactor() : null);
			}
			return null;
		});
	}

	/** Stores every inventory in one transaction, writing the progress on the side. */
	private void store(String jobId, Actor actor, java.util.Collection<Pending> inventories, int rowsTotal) {
		int total = inventories.size();
		this.transaction.executeWithoutResult((status) -> {
			int rows = 0;
			int stored = 0;
			int sinceProgress = 0;
			for (Pending pending : inventories) {
				long id = this.store.insert(pending.signatoryId, pending.header, this.clock.instant());
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("type", pending.type.name());
				after.put("year", pending.year);
				after.put("population", pending.population);
				after.put("status", pending.header.status().name());
				after.put("totalTco2", pending.header.totalTco2());
				after.put("bulkJob", jobId);
				this.events.publishEvent(Audited.created(actor, InventoryManagement.OBJECT_TYPE, id,
						pending.type + " " + pending.year + " " + pending.signatoryName, pending.signatoryId, null,
						after));
				rows += pending.rows;
				stored++;
				sinceProgress += pending.rows;
				if (sinceProgress >= PROGRESS_EVERY) {
					sinceProgress = 0;
					int rowsDone = rows;
					int storedDone = stored;
					this.ownTransaction.executeWithoutResult(
							(inner) -> this.jobs.progress(jobId, rowsTotal, rowsDone, total, storedDone));
				}
			}
			int rowsDone = rows;
			int storedDone = stored;
			this.ownTransaction
				.executeWithoutResult((inner) -> this.jobs.progress(jobId, rowsTotal, rowsDone, total, storedDone));
		});
	}

	private Optional<SignatoryView> editableSignatory(Actor actor, long id) {
		SignatoryId signatory = new SignatoryId(id);
		try {
			SignatoryView view = this.organisations.getSignatory(actor, signatory);
			return this.organisations.canEditSignatory(actor, signatory) ? Optional.of(view) : Optional.empty();
		}
		catch (NotFound ex) {
			return Optional.empty();
		}
	}

	private static <E extends Enum<E>> E code(Row row, String column, Class<E> type, boolean required,
			List<BulkJob.RowError> errors) {
		String value = row.get(column);
		if (value.isEmpty()) {
			if (required) {
				errors.add(new BulkJob.RowError(row.line.number(), column, "", "bulk.error.required"));
			}
			return null;
		}
		E code = enumValue(type, value);
		if (code == null) {
			errors.add(new BulkJob.RowError(row.line.number(), column, value, "bulk.error.unknownCode"));
		}
		return code;
	}

	private static Double quantity(Row row, String column, boolean required, List<BulkJob.RowError> errors) {
		String value = row.get(column);
		if (value.isEmpty()) {
			if (required) {
				errors.add(new BulkJob.RowError(row.line.number(), column, "", "bulk.error.required"));
			}
			return null;
		}
		try {
			if (!value.matches("[+-]?\\d+(\\.\\d+)?")) {
				throw new NumberFormatException(value);
			}
			double number = Double.parseDouble(value);
			if (number < 0) {
				errors.add(new BulkJob.RowError(row.line.number(), column, value, "inventory.negative"));
				return null;
			}
			return number;
		}
		catch (NumberFormatException ex) {
			errors.add(new BulkJob.RowError(row.line.number(), column, value, "bulk.error.notANumber"));
			return null;
		}
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A data line read by column name. */
	private record Row(BulkCsv.Line line, Map<String, Integer> columns) {

		String get(String column) {
			Integer index = this.columns.get(column);
			return (index != null && index < this.line.fields().size()) ? this.line.fields().get(index) : "";
		}

	}

}
