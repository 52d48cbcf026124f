package eu.mayorsinaction.inventory;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.inventory.InventoryData.ConsumptionRow;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Factor sets down to the database and back, through {@link FactorSetManagement} and
 * {@link InventoryManagement}: the shipped set as migration 6.1 stored it, a round trip
 * of an uploaded set, versions, immutability once used, and an inventory recomputed with
 * another set. The same scenarios run on PostgreSQL and on H2 (see the two subclasses),
 * each with set names and a signatory of its own.
 */
abstract class FactorSetPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	static final Actor NOT_ADMIN = new Actor(2L, false, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	FactorSetManagement factorSets;

	@Autowired
	InventoryManagement inventories;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditManagement audit;

	String name;

	@BeforeEach
	void aNameOfItsOwn() {
		this.name = "Test set " + UUID.randomUUID();
	}

	@Test
	void the_shipped_set_is_stored_as_the_csvs_say_and_is_the_default() {
		FactorSetSummary shipped = this.factorSets.factorSets()
			.stream()
			.filter((s) -> s.name().equals(ReferenceFactorSets.NAME) && s.version() == 1)
			.findFirst()
			.orElseThrow();
		FactorSet factors = this.factorSets.factors(shipped.id());

		assertThat(shipped.shipped()).isTrue();
		assertThat(shipped.approach()).isEqualTo(Approach.IPCC);
		assertThat(shipped.unit()).isEqualTo(EmissionUnit.CO2);
		assertThat(shipped.notes()).contains("CO2-eq").contains("IPCC 2006").contains("OTHER_FOSSIL");
		// reference/fuel-factors-ipcc2006.csv: 14 rows, 2 of them no template column
		assertThat(shipped.fuelFactors()).isEqualTo(12);
		// reference/electricity-factors-jrc2017.csv: 28 countries + EU28, 2008-2013 = 29
		// x 6
		assertThat(shipped.electricityFactors()).isEqualTo(174);
		assertThat(factors.fuelFactor(Carrier.NATURAL_GAS)).isEqualTo(0.202);
		assertThat(factors.fuelFactor(Carrier.OTHER_FOSSIL)).isNaN();
		assertThat(factors.electricityFactor("IT", 2013).factor()).isEqualTo(0.344);
		assertThat(factors.electricityFactor(FactorSet.EU_AVERAGE, 2008).factor()).isEqualTo(0.445);
		assertThat(this.factorSets.defaultSet().id()).isEqualTo(shipped.id());
		assertThat(this.inventories.standardFactorSet().name()).isEqualTo(ReferenceFactorSets.NAME);
	}

	@Test
	void an_uploaded_set_round_trips_and_the_same_name_again_is_version_2() {
		FactorSetSummary first = this.factorSets.create(ADMIN, draft(this.name), """
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				fuel,DIESEL,,0.267
				electricity,IT,2012,0.4
				electricity,IT,2013,0.35
				""");

		assertThat(first.version()).isEqualTo(1);
		assertThat(first.shipped()).isFalse();
		assertThat(first.defaultForNew()).isFalse();
		assertThat(first.inventories()).isZero();
		FactorSet read = this.factorSets.factors(first.id());
		assertThat(read.fuelFactors()).containsOnly(Map.entry(Carrier.NATURAL_GAS, 0.25),
				Map.entry(Carrier.DIESEL, 0.267));
		assertThat(read.electricityFactors().get("IT")).containsOnly(Map.entry(2012, 0.4), Map.entry(2013, 0.35));
		assertThat(this.factorSets.csv(first.id())).isEqualTo("""
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				fuel,DIESEL,,0.267
				electricity,IT,2012,0.4
				electricity,IT,2013,0.35
				""");

		FactorSetSummary second = this.factorSets.create(ADMIN, draft(this.name), """
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.3
				""");

		assertThat(second.version()).isEqualTo(2);
		assertThat(second.id()).isNotEqualTo(first.id());
		assertThat(this.factorSets.factors(first.id()).fuelFactor(Carrier.NATURAL_GAS)).isEqualTo(0.25);
		assertThat(this.factorSets.factors(second.id()).fuelFactor(Carrier.NATURAL_GAS)).isEqualTo(0.3);
		assertThat(this.factorSets.factorSets()).filteredOn((s) -> s.name().equals(this.name))
			.extracting(FactorSetSummary::version)
			.containsExactly(2, 1);
	}

	@Test
	void a_bad_file_stores_nothing_and_only_an_admin_uploads() {
		int before = this.factorSets.factorSets().size();

		assertThatThrownBy(() -> this.factorSets.create(ADMIN, draft(this.name), """
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				fuel,WOOD,,0.1
				""")).isInstanceOfSatisfying(FactorSetUploadRejected.class,
				(ex) -> assertThat(ex.details()).singleElement()
					.satisfies((detail) -> assertThat(detail.line()).isEqualTo(3L)));
		assertThatThrownBy(() -> this.factorSets.create(NOT_ADMIN, draft(this.name),
				"kind,key,year,factor\n" + "fuel,NATURAL_GAS,,0.25\n"))
			.isInstanceOf(Forbidden.class);

		assertThat(this.factorSets.factorSets()).hasSize(before);
	}

	/**
	 * Hand-worked (t): 1,000 MWh natural gas x 0.202 t/MWh = 202 t with the shipped set;
	 * x 0.25 t/MWh = 250 t with the uploaded set; total 202 + 1,000 MWh electricity x 0.4
	 * (national factor given) = 602 t, then 250 + 400 = 650 t.
	 */
	@Test
	void an_inventory_keeps_its_set_until_recomputed_with_another_and_a_used_set_cannot_be_deleted() {
		SignatoryId signatory = aSignatory();
		FactorSetSummary shipped = this.factorSets.defaultSet();
		FactorSetSummary gas25 = this.factorSets.create(ADMIN, draft(this.name), """
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				""");
		InventoryView created = this.inventories.createInventory(ADMIN, signatory, inventory());
		long id = created.summary().id();
		assertThat(created.summary().factorSetId()).isEqualTo(shipped.id());
		assertThat(created.summary().totalTco2()).isCloseTo(602.0, within(0.000001));

		InventoryView recomputed = this.inventories.recompute(ADMIN, signatory, id, gas25.id());

		assertThat(recomputed.summary().factorSetId()).isEqualTo(gas25.id());
		assertThat(recomputed.factorSet().name()).isEqualTo(this.name);
		assertThat(recomputed.result().emissions()).filteredOn((row) -> row.carrier() == Carrier.NATURAL_GAS)
			.singleElement()
			.satisfies((row) -> assertThat(row.tco2()).isCloseTo(250.0, within(0.000001)));
		assertThat(recomputed.summary().totalTco2()).isCloseTo(650.0, within(0.000001));
		// read and saved again: still computed with its own set, not the default
		assertThat(this.inventories.inventory(ADMIN, signatory, id).result().total()).isCloseTo(650.0,
				within(0.000001));
		InventoryView updated = this.inventories.updateInventory(ADMIN, signatory, id, inventory(1));
		assertThat(updated.summary().factorSetId()).isEqualTo(gas25.id());
		assertThat(updated.summary().totalTco2()).isCloseTo(650.0, within(0.000001));

		List<AuditEntryView> history = this.audit.history(InventoryManagement.OBJECT_TYPE, id);
		AuditEntryView entry = history.stream().filter((e) -> e.action().equals("RECOMPUTE")).findFirst().orElseThrow();
		assertThat(entry.before()).containsEntry("factorSet", shipped.label());
		assertThat(entry.after()).containsEntry("factorSet", this.name + " v1");
		assertThat(entry.before().get("totalTco2")).asString().startsWith("602");
		assertThat(entry.after().get("totalTco2")).asString().startsWith("650");

		assertThat(this.factorSets.factorSet(gas25.id()).inventories()).isEqualTo(1);
		assertThatThrownBy(() -> this.factorSets.delete(ADMIN, gas25.id())).isInstanceOf(FactorSetInUse.class);
		assertThatThrownBy(() -> this.factorSets.delete(ADMIN, shipped.id())).isInstanceOf(FactorSetInUse.class);
		assertThat(this.factorSets.factors(gas25.id()).fuelFactor(Carrier.NATURAL_GAS)).isEqualTo(0.25);

		this.inventories.deleteInventory(ADMIN, signatory, id);
		this.factorSets.delete(ADMIN, gas25.id());
		assertThatThrownBy(() -> this.factorSets.factorSet(gas25.id())).isInstanceOf(FactorSetNotFound.class);
	}

	@Test
	void new_inventories_get_the_set_made_default() {
		SignatoryId signatory = aSignatory();
		FactorSetSummary shipped = this.factorSets.defaultSet();
		FactorSetSummary gas25 = this.factorSets.create(ADMIN, draft(this.name), """
				kind,key,year,factor
				fuel,NATURAL_GAS,,0.25
				electricity,IT,2015,0.4
				""");
		try {
			this.factorSets.makeDefault(ADMIN, gas25.id());
			assertThat(this.factorSets.defaultSet().id()).isEqualTo(gas25.id());
			assertThat(this.factorSets.factorSet(shipped.id()).defaultForNew()).isFalse();

			InventoryView created = this.inventories.createInventory(ADMIN, signatory, inventory());

			assertThat(created.summary().factorSetId()).isEqualTo(gas25.id());
			assertThat(created.summary().totalTco2()).isCloseTo(650.0, within(0.000001));
			this.inventories.deleteInventory(ADMIN, signatory, created.summary().id());
		}
		finally {
			// the context is shared: leave the shipped set the default for the other
			// tests
			this.factorSets.makeDefault(ADMIN, shipped.id());
		}
		assertThat(this.factorSets.defaultSet().id()).isEqualTo(shipped.id());
	}

	private SignatoryId aSignatory() {
		String signatoryName = "Zf" + UUID.randomUUID().toString().substring(0, 8);
		return new SignatoryId(this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(signatoryName, "IT", null, 20000, 2015, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id());
	}

	private static FactorSetDraft draft(String name) {
		return new FactorSetDraft(name, "test: natural gas 0.25 t/MWh", null, Approach.IPCC, EmissionUnit.CO2, false);
	}

	private static InventoryData inventory() {
		return inventory(null);
	}

	private static InventoryData inventory(Integer version) {
		return new InventoryData(InventoryType.BEI, 2015, Approach.IPCC, EmissionUnit.CO2, 20000, null, 0.4, null,
				Map.of(),
				List.of(new ConsumptionRow(Sector.MUNICIPAL_BUILDINGS, Carrier.NATURAL_GAS, 1000.0, null, null),
						new ConsumptionRow(Sector.RESIDENTIAL_BUILDINGS, Carrier.ELECTRICITY, 1000.0, null, null)),
				null, List.of(), null, List.of(), version);
	}

}
