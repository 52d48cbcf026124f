package eu.mayorsinaction.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.Sector;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;

/**
 * A "Versionville" signatory of its own (supported by the Metropolitan City of Genoa when
 * asked) with a BEI, a commitment and a plan approved by the council with two actions,
 * ready to submit.
 * <p>
 * BEI 1994 (no local production, national electricity factor 0.4 t/MWh): municipal
 * natural gas 1,000 MWh × 0.202 = 202 t; residential electricity 2,000 MWh × 0.4 = 800 t;
 * private transport diesel 10,000 MWh × 0.267 = 2,670 t; total 3,672 t. Commitment 40 %
 * absolute: needed 3,672 × 0.40 = 1,468.8 t/a. Actions: M11 gas 500 MWh/a × 0.202 = 101 +
 * electricity 250 MWh/a × 0.4 = 100 → 201 t/a; M32 entered 99 t/a. Expected 201 + 99 =
 * 300 t/a, gap 1,468.8 − 300 = 1,168.8 t/a.
 */
public final class PlanVersionFixture {

	public static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	public static final String GENOA_ORGANISATION = "Metropolitan City of Genoa";

	private PlanVersionFixture() {
	}

	/** The plan made, its signatory and its two actions. */
	public record Made(SignatoryId signatory, long plan, long buildings, long cycleLanes) {

		public long id() {
			return this.signatory.value();
		}

	}

	public static Made plan(OrganisationManagement organisations, InventoryManagement inventories,
			ActionPlanManagement plans, boolean supportedByGenoa) {
		OrganisationId genoa = supportedByGenoa
				? new OrganisationId(
						organisations.findOrganisations(ADMIN, GENOA_ORGANISATION, null, 0, 10).items().get(0).id())
				: null;
		String name = "Versionville " + UUID.randomUUID().toString().substring(0, 8);
		SignatoryId signatory = new SignatoryId(organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", "Liguria", 12000, 2021, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					genoa)
			.id());
		long commitment = organisations
			.addCommitment(ADMIN, signatory,
					new CommitmentData(Framework.COM_2030, LocalDate.of(2016, 3, 1), BigDecimal.valueOf(40), 2030,
							TargetKind.ABSOLUTE))
			.id();
		long bei = inventories
			.createInventory(ADMIN, signatory,
					new InventoryData(InventoryType.BEI, 1994, null, null, 12000, null, 0.4, null, Map.of(),
							List.of(new InventoryData.ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS,
									1000.0, null, null),
									new InventoryData.ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY,
											2000.0, null, null),
									new InventoryData.ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT,
											Carrier.DIESEL, 10000.0, null, null)),
							null, List.of(), null, List.of(), null))
			.summary()
			.id();
		long plan = plans
			.createPlan(ADMIN, signatory,
					new PlanData(PlanKind.SECAP, "Versionville SECAP 2030", commitment, LocalDate.of(2017, 5, 30),
							"Town council", bei, PlanStatus.APPROVED_BY_COUNCIL, null))
			.id();
		long buildings = plans
			.createAction(ADMIN, signatory,
					new ActionData(plan, "M11", "Town hall retrofit", true, "Technical office",
							LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), ActionStatus.ONGOING, 100000.0, null,
							Map.of(Carrier.NATURAL_GAS, 500.0, Carrier.ELECTRICITY, 250.0), null, null, false, null))
			.id();
		long cycleLanes = plans
			.createAction(ADMIN, signatory,
					new ActionData(plan, "M32", "Cycle lanes", false, null, LocalDate.of(2021, 1, 1),
							LocalDate.of(2025, 12, 31), ActionStatus.ONGOING, 50000.0, null, Map.of(), null, 99.0,
							false, null))
			.id();
		return new Made(signatory, plan, buildings, cycleLanes);
	}

	/** The cycle-lane action as stored, COMPLETED and entered 150 t/a instead of 99. */
	public static ActionData cycleLanesDone(long plan, int version) {
		return new ActionData(plan, "M32", "Cycle lanes", false, null, LocalDate.of(2021, 1, 1),
				LocalDate.of(2025, 12, 31), ActionStatus.COMPLETED, 50000.0, null, Map.of(), null, 150.0, false,
				version);
	}

}
