package eu.mayorsinaction.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanVersions;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryBaseline;
import eu.mayorsinaction.inventory.InventoryBaselines;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo's illustrative BEI, plan and actions for each demo municipality, through the
 * public services only (the inventory engine computes the BEI, the action-plan service
 * stores plan and actions). Everything is derived by formulas over the municipality's
 * position in {@code demo/signatories.csv}, its sourced population and the assumed values
 * of {@code demo/plan-baselines.csv} and {@code demo/plan-actions.csv}: deterministic,
 * and marked illustrative (a note on every BEI cell, a mark in every plan title).
 */
@Component
class DemoPlans {

	static final String NOTE = "Illustrative demo figures, not real data";

	/**
	 * The scale used when a municipality has no sourced population (its inventory then
	 * keeps no population).
	 */
	static final int UNSOURCED_SCALE = 10_000;

	/** The day the demo's action statuses are set against (late = ends before it). */
	static final LocalDate STATUS_DATE = LocalDate.of(2026, 1, 1);

	private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

	private static final Actor SYSTEM = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	private final OrganisationManagement organisations;

	private final InventoryManagement inventories;

	private final InventoryBaselines baselines;

	private final ActionPlanManagement plans;

	private final PlanVersions versions;

	DemoPlans(OrganisationManagement organisations, InventoryManagement inventories, InventoryBaselines baselines,
			ActionPlanManagement plans, PlanVersions versions) {
		this.versions = versions;
		this.organisations = organisations;
		this.inventories = inventories;
		this.baselines = baselines;
		this.plans = plans;
	}

	/** Per-capita consumption [MWh/inhabitant/a] of one Table A cell, per country. */
	record Consumption(Sector sector, Carrier carrier, Map<String, Double> perCapita) {
	}

	/** One action of the catalogue; figures per 1000 inhabitants. */
	record CatalogueAction(String field, boolean keyMeasure, Map<Carrier, Double> savingsPer1000,
			double renewablePer1000, double costPer1000, int years, Map<String, String> titles) {
	}

	/** A country's plan titles, approving body and illustrative mark. */
	record Titles(String language, String seap, String secap, String approvingBody, String marker) {

		String title(PlanKind kind, String municipality) {
			return ((kind == PlanKind.SEAP) ? this.seap : this.secap).replace("{0}", municipality) + " " + this.marker;
		}

	}

	/**
	 * Loads a BEI, a plan and its actions for each signatory, in the order of the demo
	 * file.
	 * @return the number of actions stored
	 */
	int load(List<Long> signatoryIds) throws IOException {
		List<Consumption> consumption = consumption();
		List<CatalogueAction> catalogue = catalogue();
		Map<String, Titles> titles = titles();
		long start = System.nanoTime();
		int actions = 0;
		for (int i = 0; i < signatoryIds.size(); i++) {
			actions += load(i, new SignatoryId(signatoryIds.get(i)), consumption, catalogue, titles);
		}
		log.info("Demo plans loaded: {} illustrative BEIs and plans with {} actions in {} ms", signatoryIds.size(),
				actions, (System.nanoTime() - start) / 1_000_000);
		return actions;
	}

	private int load(int i, SignatoryId id, List<Consumption> consumption, List<CatalogueAction> catalogue,
			Map<String, Titles> titles) {
		SignatoryView signatory = this.organisations.getSignatory(SYSTEM, id);
		Titles names = titles.get(signatory.country());
		CommitmentView commitment = planCommitment(id);
		PlanKind kind = (commitment.framework() == Framework.COM_2020) ? PlanKind.SEAP : PlanKind.SECAP;
		int population = (signatory.population() != null) ? signatory.population() : UNSOURCED_SCALE;

		InventoryView bei = this.inventories.createInventory(SYSTEM, id,
				bei(signatory, beiYear(kind, i), population, consumption));
		long beiId = bei.summary().id();

		PlanStatus status = planStatus(kind, i);
		LocalDate adhesion = signatory.adhesionDate();
		LocalDate approval = (status == PlanStatus.DRAFT) ? null : adhesion.plusMonths(9 + (i * 5) % 12);
		// A plan submitted to the Covenant is stored as approved, then submitted with its
		// actions (freezing edition 1), then given the Covenant's verdict.
		boolean submitted = status == PlanStatus.SUBMITTED_TO_COVENANT || status == PlanStatus.ACCEPTED
				|| status == PlanStatus.REVISION_REQUESTED;
		PlanView plan = this.plans.createPlan(SYSTEM, id,
				new PlanData(kind, names.title(kind, signatory.name()), commitment.id(), approval,
						(approval != null) ? names.approvingBody() : null, beiId,
						submitted ? PlanStatus.APPROVED_BY_COUNCIL : status, null));

		// Scale the catalogue so that the actions that count (not cancelled) reach a
		// share of the reduction the target needs: 60 % to 110 %, varying by
		// municipality.
		InventoryBaseline baseline = this.baselines.baseline(SYSTEM, id, beiId);
		double needed = baseline.totalTco2() * commitment.targetPercent().doubleValue() / 100;
		double coverage = 0.60 + ((i * 13) % 11) * 0.05;
		int count = 6 + (i * 7) % 10;
		// a draft plan's actions are still to come
		LocalDate first = (approval != null) ? approval : STATUS_DATE.plusMonths(2 + i % 6);
		LocalDate last = LocalDate.of(commitment.targetYear(), 12, 31);
		List<ActionData> drafts = new ArrayList<>();
		double counted = 0;
		for (int j = 0; j < count; j++) {
			CatalogueAction action = catalogue.get(j);
			LocalDate start = first.withDayOfMonth(1).plusMonths((j * 5 + i) % 24);
			LocalDate end = start.plusYears(action.years()).minusDays(1);
			if (end.isAfter(last)) {
				end = last;
			}
			ActionStatus actionStatus = actionStatus(i, j, start, end);
			double size = population / 1000.0;
			Map<Carrier, Double> savings = new EnumMap<>(Carrier.class);
			action.savingsPer1000().forEach((carrier, mwh) -> savings.put(carrier, mwh * size));
			double renewable = action.renewablePer1000() * size;
			if (actionStatus != ActionStatus.CANCELLED) {
				counted += co2(savings, renewable, baseline.factors());
			}
			double cost = Math.round(action.costPer1000() * size / 1000) * 1000.0;
			Double actual = (actionStatus == ActionStatus.COMPLETED)
					? Math.round(cost * (0.85 + ((i + j) % 7) * 0.05) / 100) * 100.0 : null;
			boolean benchmark = (actionStatus == ActionStatus.COMPLETED || actionStatus == ActionStatus.ONGOING)
					&& (i * 3 + j) % 8 == 0;
			drafts.add(new ActionData(plan.id(), action.field(), action.titles().get(names.language()),
					action.keyMeasure(), null, start, end, actionStatus, cost, actual, savings,
					(renewable > 0) ? renewable : null, null, benchmark, null));
		}
		if (submitted) {
			benchmarksForReports(drafts);
		}
		double scale = (counted > 0) ? coverage * needed / counted : 1;
		for (ActionData draft : drafts) {
			Map<Carrier, Double> savings = new EnumMap<>(Carrier.class);
			draft.savings().forEach((carrier, mwh) -> savings.put(carrier, round(mwh * scale)));
			Double renewable = (draft.renewableMwh() != null) ? round(draft.renewableMwh() * scale) : null;
			this.plans.createAction(SYSTEM, id,
					new ActionData(draft.planId(), draft.fieldCode(), draft.title(), draft.keyMeasure(), null,
							draft.startDate(), draft.endDate(), draft.status(), draft.estimatedCostEur(),
							draft.actualCostEur(), savings, renewable, null, draft.benchmarkOfExcellence(), null));
		}
		if (submitted) {
			LocalDate submittedOn = approval.plusDays(20 + (i * 3) % 40);
			PlanView approved = this.plans.plan(SYSTEM, id, plan.id());
			this.versions.submit(SYSTEM, id, plan.id(), submittedOn, approved.version());
			if (status != PlanStatus.SUBMITTED_TO_COVENANT) {
				PlanView stored = this.plans.plan(SYSTEM, id, plan.id());
				this.plans.updatePlan(SYSTEM, id, plan.id(),
						new PlanData(stored.kind(), stored.title(), stored.commitmentId(), stored.approvalDate(),
								stored.approvingBody(), stored.beiInventoryId(), status, stored.version()));
			}
		}
		return drafts.size();
	}

	/**
	 * A submitted plan is reported on (see {@link DemoReports}); the Covenant's report
	 * check asks for at least 3 Benchmarks of Excellence: flags the first actions under
	 * way or completed until there are 3.
	 */
	private static void benchmarksForReports(List<ActionData> drafts) {
		long flagged = drafts.stream().filter(ActionData::benchmarkOfExcellence).count();
		for (int j = 0; j < drafts.size() && flagged < 3; j++) {
			ActionData draft = drafts.get(j);
			boolean active = draft.status() == ActionStatus.COMPLETED || draft.status() == ActionStatus.ONGOING;
			if (active && !draft.benchmarkOfExcellence()) {
				drafts.set(j,
						new ActionData(draft.planId(), draft.fieldCode(), draft.title(), draft.keyMeasure(),
								draft.responsible(), draft.startDate(), draft.endDate(), draft.status(),
								draft.estimatedCostEur(), draft.actualCostEur(), draft.savings(), draft.renewableMwh(),
								draft.co2Reduction(), true, draft.version()));
				flagged++;
			}
		}
	}

	/**
	 * The commitment the plan answers: a 2020 signatory's SEAP answers its 2020
	 * commitment (it renewed for 2030 later), any other plan the current commitment.
	 */
	private CommitmentView planCommitment(SignatoryId id) {
		List<CommitmentView> commitments = this.organisations.commitments(SYSTEM, id);
		return commitments.stream()
			.filter((c) -> c.framework() == Framework.COM_2020)
			.findFirst()
			.or(() -> commitments.stream().filter(CommitmentView::current).findFirst())
			.orElseGet(() -> commitments.get(0));
	}

	static int beiYear(PlanKind kind, int i) {
		if (kind == PlanKind.SEAP) {
			return (i % 4 == 0) ? 2005 : 2008;
		}
		return (i % 4 == 1) ? 2010 : 2012;
	}

	static PlanStatus planStatus(PlanKind kind, int i) {
		if (kind == PlanKind.SEAP) {
			return switch ((i / 2) % 5) {
				case 2 -> PlanStatus.SUBMITTED_TO_COVENANT;
				case 3 -> PlanStatus.REVISION_REQUESTED;
				default -> PlanStatus.ACCEPTED;
			};
		}
		// most signatories submit their plan: 2 in 5 accepted, 1 in 5 each submitted,
		// approved by the council only, still a draft
		return switch ((i / 2) % 5) {
			case 0 -> PlanStatus.DRAFT;
			case 1 -> PlanStatus.APPROVED_BY_COUNCIL;
			case 2 -> PlanStatus.SUBMITTED_TO_COVENANT;
			default -> PlanStatus.ACCEPTED;
		};
	}

	/**
	 * Mostly what the dates say against {@link #STATUS_DATE}, with some actions late
	 * (past their end, not completed), postponed or cancelled; a draft plan's actions
	 * have mostly not started.
	 */
	static ActionStatus actionStatus(int i, int j, LocalDate start, LocalDate end) {
		int k = i + j;
		if (k % 9 == 4) {
			return ActionStatus.CANCELLED;
		}
		if (k % 11 == 5) {
			return ActionStatus.POSTPONED;
		}
		if (start.isAfter(STATUS_DATE)) {
			return ActionStatus.NOT_STARTED;
		}
		if (end.isBefore(STATUS_DATE)) {
			// late: past the end and still going (or not even started)
			return (k % 7 == 2) ? ActionStatus.ONGOING
					: (k % 13 == 6) ? ActionStatus.NOT_STARTED : ActionStatus.COMPLETED;
		}
		return (k % 6 == 1) ? ActionStatus.NOT_STARTED : ActionStatus.ONGOING;
	}

	private static InventoryData bei(SignatoryView signatory, int year, int population, List<Consumption> consumption) {
		boolean sourced = signatory.population() != null;
		List<ConsumptionRow> rows = new ArrayList<>();
		for (Consumption cell : consumption) {
			Double perCapita = cell.perCapita().get(signatory.country());
			if (perCapita == null || perCapita <= 0) {
				continue;
			}
			String note = NOTE + ": "
					+ (sourced ? population + " inhabitants (sourced, see the signatory)"
							: "population not sourced, scale of " + population + " inhabitants")
					+ " x " + perCapita + " MWh per inhabitant (typical value assumed, not measured)";
			rows.add(new ConsumptionRow(cell.sector(), cell.carrier(), round(perCapita * population),
					Provenance.ESTIMATED, note));
		}
		return new InventoryData(InventoryType.BEI, year, Approach.IPCC, EmissionUnit.CO2, sourced ? population : null,
				null, null, null, Map.of(), rows, null, List.of(), null, List.of(), null);
	}

	/** CO2 [t/a] of savings and renewable production with the BEI's factors. */
	private static double co2(Map<Carrier, Double> savings, double renewable, Map<Carrier, Double> factors) {
		double tonnes = renewable * factors.getOrDefault(Carrier.ELECTRICITY, 0.0);
		for (Map.Entry<Carrier, Double> saving : savings.entrySet()) {
			tonnes += saving.getValue() * factors.getOrDefault(saving.getKey(), 0.0);
		}
		return tonnes;
	}

	/** MWh to one decimal. */
	private static double round(double mwh) {
		return Math.round(mwh * 10) / 10.0;
	}

	// Files

	static List<Consumption> consumption() throws IOException {
		List<Consumption> cells = new ArrayList<>();
		for (CSVRecord row : read("demo/plan-baselines.csv")) {
			Map<String, Double> perCapita = new HashMap<>();
			row.toMap().forEach((column, value) -> {
				if (column.length() == 2) {
					perCapita.put(column, Double.valueOf(value.strip()));
				}
			});
			cells.add(
					new Consumption(Sector.valueOf(row.get("sector")), Carrier.valueOf(row.get("carrier")), perCapita));
		}
		return cells;
	}

	static List<CatalogueAction> catalogue() throws IOException {
		List<CatalogueAction> actions = new ArrayList<>();
		for (CSVRecord row : read("demo/plan-actions.csv")) {
			Map<Carrier, Double> savings = new EnumMap<>(Carrier.class);
			saving(savings, row.get("carrier"), row.get("mwh_per_1000"));
			saving(savings, row.get("carrier2"), row.get("mwh2_per_1000"));
			Map<String, String> titles = new HashMap<>();
			row.toMap().forEach((column, value) -> {
				if (column.startsWith("title_")) {
					titles.put(column.substring("title_".length()), value.strip());
				}
			});
			actions.add(new CatalogueAction(row.get("field"), Boolean.parseBoolean(row.get("key_measure")), savings,
					Double.parseDouble(row.get("renewable_mwh_per_1000")),
					Double.parseDouble(row.get("cost_eur_per_1000")), Integer.parseInt(row.get("years")), titles));
		}
		return actions;
	}

	static Map<String, Titles> titles() throws IOException {
		Map<String, Titles> titles = new HashMap<>();
		for (CSVRecord row : read("demo/plan-titles.csv")) {
			titles.put(row.get("country"), new Titles(row.get("language"), row.get("seap_title"),
					row.get("secap_title"), row.get("approving_body"), row.get("marker")));
		}
		return titles;
	}

	private static void saving(Map<Carrier, Double> savings, String carrier, String mwh) {
		if (carrier != null && !carrier.isBlank()) {
			savings.put(Carrier.valueOf(carrier.strip()), Double.valueOf(mwh.strip()));
		}
	}

	static List<CSVRecord> read(String path) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setCommentMarker('#')
			.get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			return parser.getRecords();
		}
	}

}
