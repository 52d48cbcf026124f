package eu.mayorsinaction.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo as the shared test context loads it into its fresh in-memory database: an
 * illustrative BEI, plan and 6–15 actions for each of the 40 demo municipalities, every
 * plan measurable against its target, varied, and marked illustrative. Read-only: other
 * tests may add plans to demo municipalities, so only the demo's own (marked) plans are
 * looked at.
 */
@WebIntegrationTest
class DemoPlansTests {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	DemoDataLoader loader;

	@Test
	void each_of_the_40_municipalities_has_a_marked_plan_of_6_to_15_actions_measurable_against_its_target()
			throws IOException {
		Set<String> markers = DemoPlans.titles()
			.values()
			.stream()
			.map(DemoPlans.Titles::marker)
			.collect(Collectors.toSet());
		List<SignatoryView> municipalities = demoMunicipalities();
		assertThat(municipalities).hasSize(40);
		Set<PlanStatus> planStatuses = new HashSet<>();
		Set<ActionStatus> actionStatuses = new HashSet<>();
		Set<Long> coverages = new HashSet<>();
		int benchmarks = 0;
		int late = 0;
		for (SignatoryView municipality : municipalities) {
			SignatoryId id = new SignatoryId(municipality.id());
			// (The signatory's own "illustrative" flag is the organisation module's;
			// other
			// tests in the shared context edit some demo signatories, so it is not
			// checked
			// here: the plan's title carries the mark.)
			List<PlanView> demo = this.plans.plans(ADMIN, id)
				.stream()
				.filter((plan) -> markers.stream().anyMatch(plan.title()::endsWith))
				.toList();
			assertThat(demo).as(municipality.name()).hasSize(1);
			PlanView plan = demo.get(0);
			planStatuses.add(plan.status());

			// SEAP answers the 2020 commitment, SECAP a later one
			CommitmentView commitment = this.organisations.commitments(ADMIN, id)
				.stream()
				.filter((c) -> c.id() == plan.commitmentId())
				.findFirst()
				.orElseThrow();
			assertThat(plan.kind()).as(municipality.name())
				.isEqualTo((commitment.framework() == Framework.COM_2020) ? PlanKind.SEAP : PlanKind.SECAP);
			if (plan.status() == PlanStatus.DRAFT) {
				assertThat(plan.approvalDate()).isNull();
			}
			else {
				assertThat(plan.approvalDate()).as(municipality.name()).isNotNull();
				// (other tests of the shared context edit some demo signatories, e.g.
				// clear
				// the adhesion date: compare only where it is still there)
				if (municipality.adhesionDate() != null) {
					assertThat(plan.approvalDate()).as(municipality.name()).isAfter(municipality.adhesionDate());
				}
				assertThat(plan.approvingBody()).isNotBlank();
			}

			// the BEI: computed, every cell noted as illustrative
			InventoryView bei = this.inventories.inventory(ADMIN, id, plan.beiInventoryId());
			assertThat(bei.summary().type()).isEqualTo(InventoryType.BEI);
			assertThat(bei.summary().totalTco2()).isPositive();
			assertThat(bei.data().consumption()).isNotEmpty()
				.allSatisfy((row) -> assertThat(row.note()).startsWith(DemoPlans.NOTE));

			List<ActionView> actions = this.plans.actions(ADMIN, id, plan.id(), null, null);
			assertThat(actions).as(municipality.name()).hasSizeBetween(6, 15);
			for (ActionView action : actions) {
				actionStatuses.add(action.status());
				benchmarks += action.benchmarkOfExcellence() ? 1 : 0;
				if (action.endDate().isBefore(DemoPlans.STATUS_DATE)
						&& (action.status() == ActionStatus.ONGOING || action.status() == ActionStatus.NOT_STARTED)) {
					late++;
				}
				assertThat(action.savings().values().stream().mapToDouble(Double::doubleValue).sum()
						+ ((action.renewableMwh() != null) ? action.renewableMwh() : 0))
					.as(action.title())
					.isPositive();
			}

			PlanTargetView target = this.plans.target(ADMIN, id, plan.id(), null);
			double coverage = target.expectedReduction() / target.reductionNeeded();
			assertThat(coverage).as(municipality.name()).isBetween(0.59, 1.11);
			coverages.add(Math.round(coverage * 20));
		}
		assertThat(planStatuses).hasSizeGreaterThanOrEqualTo(3);
		assertThat(actionStatuses).containsExactlyInAnyOrder(ActionStatus.values());
		assertThat(coverages).as("coverage varies in steps of 5 %").hasSizeGreaterThanOrEqualTo(8);
		// submitted plans carry at least 3 (the report check asks for them), the others a
		// few
		assertThat(benchmarks).isBetween(10, 160);
		assertThat(late).isPositive();
	}

	/**
	 * Lubbeek (the 40th row, BE, adhesion 2016, no sourced population) gets a SECAP on
	 * the BEI 2012 at the illustrative scale of 10,000 inhabitants, its inventory keeping
	 * no population. Per inhabitant (BE column of plan-baselines.csv) × 10,000:
	 * electricity 0.12+1.60+1.40+0.08+1.20+0.02 = 4.42 → 44,200 MWh × 0.221 (JRC BE 2012)
	 * = 9,768.2 t; natural gas 0.25+1.40+4.00+1.50 = 7.15 → 71,500 × 0.202 = 14,443.0 t;
	 * heating oil 0.03+0.20+1.50 = 1.73 → 17,300 × 0.267 = 4,619.1 t; LPG 0.10+0.02 =
	 * 0.12 → 1,200 × 0.227 = 272.4 t; biomass 4,000 × 0 = 0; diesel 0.03+0.12+3.60 = 3.75
	 * → 37,500 × 0.267 = 10,012.5 t; gasoline 0.01+1.20 = 1.21 → 12,100 × 0.249 = 3,012.9
	 * t; total 42,128.1 t. Needed: 40 % = 16,851.24 t. Index 39: coverage 0.60 + ((39 ×
	 * 13) mod 11 = 507 mod 11 = 1) × 0.05 = 0.65 → expected ≈ 0.65 × 16,851.24 =
	 * 10,953.306 t (savings rounded to 0.1 MWh, hence the tolerance). Actions: 6 + (39 ×
	 * 7) mod 10 = 6 + 3 = 9.
	 */
	@Test
	void lubbeek_worked_by_hand() {
		SignatoryView lubbeek = demoMunicipalities().stream()
			.filter((s) -> s.name().equals("Lubbeek"))
			.findFirst()
			.orElseThrow();
		SignatoryId id = new SignatoryId(lubbeek.id());
		PlanView plan = this.plans.plans(ADMIN, id)
			.stream()
			.filter((p) -> p.title().endsWith("(illustratief)"))
			.findFirst()
			.orElseThrow();
		assertThat(plan.kind()).isEqualTo(PlanKind.SECAP);
		assertThat(plan.title()).isEqualTo("Actieplan voor duurzame energie en klimaat (SECAP) Lubbeek (illustratief)");
		// (39 / 2) mod 5 = 19 mod 5 = 4 → accepted
		assertThat(plan.status()).isEqualTo(PlanStatus.ACCEPTED);
		assertThat(plan.approvingBody()).isEqualTo("Gemeenteraad");
		InventoryView bei = this.inventories.inventory(ADMIN, id, plan.beiInventoryId());
		assertThat(bei.summary().year()).isEqualTo(2012);
		assertThat(bei.data().population()).isNull();
		assertThat(bei.summary().totalTco2()).isCloseTo(42128.1, within(1e-6));
		assertThat(bei.data().consumption()).extracting(ConsumptionRow::note)
			.allMatch((note) -> note.contains("population not sourced, scale of 10000 inhabitants"));

		PlanTargetView target = this.plans.target(ADMIN, id, plan.id(), null);
		assertThat(target.beiTotal()).isCloseTo(42128.1, within(1e-6));
		assertThat(target.reductionNeeded()).isCloseTo(16851.24, within(1e-6));
		assertThat(target.expectedReduction()).isCloseTo(10953.306, within(2.0));
		assertThat(target.actionsCounted()).isLessThanOrEqualTo(9);
		List<ActionView> actions = this.plans.actions(ADMIN, id, plan.id(), null, null);
		assertThat(actions).hasSize(9);
		assertThat(actions.get(1).title()).isEqualTo("Openbare verlichting naar LED");
		assertThat(actions.get(1).keyMeasure()).isTrue();
	}

	@Test
	void titles_are_in_the_municipality_s_language() {
		Map<String, String> ledTitle = Map.of("Chiavari", "Illuminazione pubblica a LED", "Sabadell",
				"Enllumenat públic amb tecnologia LED", "Samobor", "Javna rasvjeta s LED svjetiljkama", "Λάρισα",
				"Οδοφωτισμός με λαμπτήρες LED", "Kraków", "Modernizacja oświetlenia ulicznego na LED", "Leuven",
				"Openbare verlichting naar LED");
		for (SignatoryView municipality : demoMunicipalities()) {
			String expected = ledTitle.get(municipality.name());
			if (expected != null) {
				assertThat(this.plans.actions(ADMIN, new SignatoryId(municipality.id()), null, null, null))
					.extracting(ActionView::title)
					.as(municipality.name())
					.contains(expected);
			}
		}
	}

	@Test
	void the_loader_adds_nothing_to_a_database_that_is_not_empty() throws Exception {
		SignatoryId chiavari = new SignatoryId(demoMunicipalities().stream()
			.filter((s) -> s.name().equals("Chiavari"))
			.findFirst()
			.orElseThrow()
			.id());
		int plansBefore = this.plans.plans(ADMIN, chiavari).size();
		List<Long> inventoriesBefore = this.inventories.inventories(ADMIN, chiavari)
			.stream()
			.map(InventorySummary::id)
			.toList();

		this.loader.run(null);

		assertThat(this.plans.plans(ADMIN, chiavari)).hasSize(plansBefore);
		assertThat(this.inventories.inventories(ADMIN, chiavari)).extracting(InventorySummary::id)
			.containsExactlyInAnyOrderElementsOf(inventoriesBefore);
	}

	/** The demo's municipalities in the order of demo/signatories.csv. */
	private List<SignatoryView> demoMunicipalities() {
		List<String> names = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource("demo/signatories.csv").getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			parser.forEach((row) -> names.add(row.get("name")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return names.stream()
			.map((name) -> this.organisations
				.findSignatories(ADMIN, new SignatoryQuery(name, null, null, null, null), 0, 10)
				.items()
				.stream()
				.filter((s) -> s.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new AssertionError(name)))
			.toList();
	}

}
