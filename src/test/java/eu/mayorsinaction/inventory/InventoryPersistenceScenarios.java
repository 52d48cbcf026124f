package eu.mayorsinaction.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.InventoryData.GreenRow;
import eu.mayorsinaction.inventory.InventoryData.HeatRow;
import eu.mayorsinaction.inventory.InventoryData.NonEnergyRow;
import eu.mayorsinaction.inventory.InventoryData.PlantRow;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Round trips of a full inventory (every table of the grid) through
 * {@link InventoryManagement}, down to the database and back. The same scenarios run on
 * PostgreSQL and on H2 (see the two subclasses), each on a signatory of its own.
 */
abstract class InventoryPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	InventoryManagement inventories;

	@Autowired
	OrganisationManagement organisations;

	SignatoryId signatory;

	@BeforeEach
	void aSignatoryOfItsOwn() {
		String name = "Zi" + UUID.randomUUID().toString().substring(0, 8);
		this.signatory = new SignatoryId(this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", null, 20000, 2015, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id());
	}

	/**
	 * The inventory of CalculationApiTests (worked there): total 8,167.534 energy + 1,500
	 * non-energy = 9,667.534 t.
	 */
	@Test
	void every_table_of_an_inventory_is_kept() {
		InventoryView created = this.inventories.createInventory(ADMIN, this.signatory, full(null));

		InventoryView read = this.inventories.inventory(ADMIN, this.signatory, created.summary().id());

		assertThat(read.data().consumption()).containsExactlyElementsOf(full(null).consumption());
		assertThat(read.data().greenElectricity()).isEqualTo(new GreenRow(0.0, 0.0));
		assertThat(read.data().localElectricity()).containsExactly(
				new PlantRow(PlantType.CHP, 3500.0, 5000.0, null, Map.of(Carrier.NATURAL_GAS, 10000.0)),
				new PlantRow(PlantType.PHOTOVOLTAIC, 500.0, 0.0, 0.0, Map.of()));
		assertThat(read.data().localHeat()).isEqualTo(new HeatRow(0.0, 215.534, 0.0));
		assertThat(read.data().nonEnergy()).containsExactly(new NonEnergyRow(NonEnergySector.WASTE, 1500.0));
		assertThat(read.data().ownFactors()).containsExactly(Map.entry(Carrier.OTHER_FOSSIL, 0.3));
		assertThat(read.data().population()).isEqualTo(20000);
		assertThat(read.country()).isEqualTo("IT");
		assertThat(read.summary().status()).isEqualTo(InventoryStatus.COMPUTED);
		assertThat(read.summary().factorSetName()).isEqualTo(this.inventories.standardFactorSet().name());
		assertThat(read.summary().totalTco2()).isCloseTo(9667.534, within(0.001));
		assertThat(read.summary().energyTco2()).isCloseTo(8167.534, within(0.001));
		assertThat(read.summary().nonEnergyTco2()).isCloseTo(1500.0, within(0.001));
		assertThat(read.summary().electricityFactor()).isCloseTo(0.3299534, within(0.0000001));
		assertThat(read.summary().heatFactor()).isCloseTo(0.2, within(0.000001));
		assertThat(read.result().total()).isCloseTo(9667.534, within(0.001));
		assertThat(this.inventories.inventories(ADMIN, this.signatory)).extracting(InventorySummary::id)
			.containsExactly(created.summary().id());
	}

	@Test
	void an_update_with_a_stale_version_is_an_edit_conflict_and_a_deletion_removes_every_row() {
		InventoryView created = this.inventories.createInventory(ADMIN, this.signatory, full(null));
		long id = created.summary().id();

		InventoryView updated = this.inventories.updateInventory(ADMIN, this.signatory, id, full(0));

		assertThat(updated.summary().version()).isEqualTo(1);
		assertThatThrownBy(() -> this.inventories.updateInventory(ADMIN, this.signatory, id, full(0)))
			.isInstanceOf(EditConflict.class);
		assertThatThrownBy(() -> this.inventories.createInventory(ADMIN, this.signatory, full(null)))
			.isInstanceOf(InventoryAlreadyExists.class);
		this.inventories.deleteInventory(ADMIN, this.signatory, id);
		assertThat(this.inventories.inventories(ADMIN, this.signatory)).isEmpty();
		assertThatThrownBy(() -> this.inventories.inventory(ADMIN, this.signatory, id))
			.isInstanceOf(InventoryNotFound.class);
	}

	private static InventoryData full(Integer version) {
		List<ConsumptionRow> consumption = List.of(
				new ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.ELECTRICITY, 2000.0, Provenance.MEASURED,
						"meters"),
				new ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 1000.0, Provenance.ESTIMATED, null),
				new ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 8000.0, Provenance.DEFAULT, null),
				new ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.HEAT_COLD, 5000.0, Provenance.IMPORTED, null),
				new ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.DIESEL, 10000.0, null, null),
				new ConsumptionRow(Sector.PRIVATE_COMMERCIAL_TRANSPORT, Carrier.GASOLINE, 4000.0, null, "survey"));
		return new InventoryData(InventoryType.BEI, 2015, Approach.IPCC, EmissionUnit.CO2, 20000, null, null, null,
				Map.of(Carrier.OTHER_FOSSIL, 0.3), consumption, new GreenRow(0.0, 0.0),
				List.of(new PlantRow(PlantType.CHP, 3500.0, 5000.0, null, Map.of(Carrier.NATURAL_GAS, 10000.0)),
						new PlantRow(PlantType.PHOTOVOLTAIC, 500.0, null, 0.0, null)),
				new HeatRow(0.0, 215.534, 0.0), List.of(new NonEnergyRow(NonEnergySector.WASTE, 1500.0)), version);
	}

}
