package eu.mayorsinaction.organisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.PageResult;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Round trips of signatories, commitments, organisations and support relations through
 * {@link OrganisationManagement}, down to the database and back. The same scenarios run
 * on PostgreSQL and on H2 (see the two subclasses); each creates its own rows, named with
 * a unique prefix, so they do not depend on the demo data.
 */
abstract class OrganisationPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	OrganisationManagement organisations;

	final String prefix = "Zq" + UUID.randomUUID().toString().substring(0, 8);

	@Test
	void a_signatory_keeps_every_field() {
		SignatoryData data = new SignatoryData(prefix + " Città", "IT", "Liguria", 27314, 2021, "ISTAT 2021",
				new BigDecimal("12.53"), new BigDecimal("44.316400"), new BigDecimal("9.323300"),
				LocalDate.of(2012, 3, 14), SignatoryStatus.ON_HOLD, "Tigullio", true, null);
		SignatoryView created = this.organisations.createSignatory(ADMIN, data, null);

		SignatoryView read = this.organisations.getSignatory(ADMIN, new SignatoryId(created.id()));

		assertThat(read.name()).isEqualTo(prefix + " Città");
		assertThat(read.country()).isEqualTo("IT");
		assertThat(read.region()).isEqualTo("Liguria");
		assertThat(read.population()).isEqualTo(27314);
		assertThat(read.populationYear()).isEqualTo(2021);
		assertThat(read.populationSource()).isEqualTo("ISTAT 2021");
		assertThat(read.areaKm2()).isEqualByComparingTo("12.53");
		assertThat(read.latitude()).isEqualByComparingTo("44.3164");
		assertThat(read.longitude()).isEqualByComparingTo("9.3233");
		assertThat(read.adhesionDate()).isEqualTo(LocalDate.of(2012, 3, 14));
		assertThat(read.status()).isEqualTo(SignatoryStatus.ON_HOLD);
		assertThat(read.jointPlanGroup()).isEqualTo("Tigullio");
		assertThat(read.illustrative()).isTrue();
	}

	@Test
	void a_signatory_update_with_a_stale_version_is_an_edit_conflict() {
		SignatoryView created = this.organisations.createSignatory(ADMIN, signatory("Conflict", "ES", 1000), null);
		SignatoryId id = new SignatoryId(created.id());
		SignatoryData first = withName(created.toData(), prefix + " Renamed");

		SignatoryView updated = this.organisations.updateSignatory(ADMIN, id, first);

		assertThat(updated.name()).isEqualTo(prefix + " Renamed");
		assertThat(updated.version()).isGreaterThan(created.version());
		assertThat(this.organisations.getSignatory(ADMIN, id).name()).isEqualTo(prefix + " Renamed");
		SignatoryData stale = withName(created.toData(), prefix + " Lost update");
		assertThatThrownBy(() -> this.organisations.updateSignatory(ADMIN, id, stale)).isInstanceOf(EditConflict.class);
		assertThat(this.organisations.getSignatory(ADMIN, id).name()).isEqualTo(prefix + " Renamed");
	}

	@Test
	void the_signatory_list_filters_sorts_and_pages() {
		OrganisationView supporter = this.organisations.createOrganisation(ADMIN,
				organisation(OrganisationKind.SUPPORTER, "Agency"));
		this.organisations.createSignatory(ADMIN, signatory("Alpha", "IT", 300), new OrganisationId(supporter.id()));
		this.organisations.createSignatory(ADMIN, signatory("Beta", "IT", 100), new OrganisationId(supporter.id()));
		this.organisations.createSignatory(ADMIN, signatory("Gamma", "ES", 200), null);

		PageResult<SignatoryView> all = this.organisations.findSignatories(ADMIN, query(null, null, null), 0, 10);
		assertThat(names(all)).containsExactly(prefix + " Alpha", prefix + " Beta", prefix + " Gamma");
		assertThat(all.totalItems()).isEqualTo(3);

		PageResult<SignatoryView> byPopulation = this.organisations.findSignatories(ADMIN,
				query(null, null, "-population"), 0, 2);
		assertThat(names(byPopulation)).containsExactly(prefix + " Alpha", prefix + " Gamma");
		assertThat(byPopulation.totalPages()).isEqualTo(2);
		assertThat(names(this.organisations.findSignatories(ADMIN, query(null, null, "-population"), 1, 2)))
			.containsExactly(prefix + " Beta");

		assertThat(names(this.organisations.findSignatories(ADMIN, query("ES", null, null), 0, 10)))
			.containsExactly(prefix + " Gamma");
		assertThat(names(this.organisations.findSignatories(ADMIN, query(null, supporter.id(), null), 0, 10)))
			.containsExactly(prefix + " Alpha", prefix + " Beta");
		SignatoryQuery onHold = new SignatoryQuery(prefix, null, SignatoryStatus.ON_HOLD, null, null);
		assertThat(this.organisations.findSignatories(ADMIN, onHold, 0, 10).items()).isEmpty();
		SignatoryQuery wildcard = new SignatoryQuery(prefix + "%", null, null, null, null);
		assertThat(this.organisations.findSignatories(ADMIN, wildcard, 0, 10).items())
			.as("a %% in the search text is literal")
			.isEmpty();
	}

	@Test
	void commitments_are_listed_newest_decision_first_and_the_newest_is_current() {
		SignatoryId id = new SignatoryId(
				this.organisations.createSignatory(ADMIN, signatory("Committed", "GR", 5000), null).id());
		this.organisations.addCommitment(ADMIN, id, new CommitmentData(Framework.COM_2020, LocalDate.of(2010, 5, 1),
				new BigDecimal("20"), 2020, TargetKind.ABSOLUTE));
		CommitmentView renewal = this.organisations.addCommitment(ADMIN, id, new CommitmentData(Framework.COM_2030,
				LocalDate.of(2017, 6, 2), new BigDecimal("40.5"), 2030, TargetKind.PER_CAPITA));

		List<CommitmentView> commitments = this.organisations.commitments(ADMIN, id);

		assertThat(commitments).extracting(CommitmentView::framework)
			.containsExactly(Framework.COM_2030, Framework.COM_2020);
		assertThat(commitments).extracting(CommitmentView::current).containsExactly(true, false);
		assertThat(commitments.get(0).targetPercent()).isEqualByComparingTo("40.5");
		assertThat(commitments.get(0).targetKind()).isEqualTo(TargetKind.PER_CAPITA);
		assertThat(commitments.get(0).councilDecisionDate()).isEqualTo(LocalDate.of(2017, 6, 2));
		assertThat(this.organisations.currentCommitment(id))
			.hasValueSatisfying((current) -> assertThat(current.id()).isEqualTo(renewal.id()));
	}

	@Test
	void an_organisation_round_trips_and_rejects_stale_updates() {
		OrganisationData data = new OrganisationData(OrganisationKind.COORDINATOR, prefix + " Provincia", "IT",
				"Provincia di Genova", "Maria Rossi", "maria.rossi@example.org", "https://example.org", null);
		OrganisationView created = this.organisations.createOrganisation(ADMIN, data);
		OrganisationId id = new OrganisationId(created.id());

		OrganisationView read = this.organisations.getOrganisation(ADMIN, id);
		assertThat(read).usingRecursiveComparison().ignoringFields("version").isEqualTo(created);
		assertThat(read.contactEmail()).isEqualTo("maria.rossi@example.org");

		OrganisationData changed = new OrganisationData(read.kind(), read.name(), read.country(), "Liguria",
				read.contactName(), read.contactEmail(), read.website(), read.version());
		assertThat(this.organisations.updateOrganisation(ADMIN, id, changed).territory()).isEqualTo("Liguria");
		assertThatThrownBy(() -> this.organisations.updateOrganisation(ADMIN, id, changed))
			.isInstanceOf(EditConflict.class);
		assertThat(this.organisations.findOrganisations(ADMIN, prefix, OrganisationKind.COORDINATOR, 0, 10).items())
			.extracting(OrganisationView::name)
			.containsExactly(prefix + " Provincia");
		assertThat(this.organisations.findOrganisations(ADMIN, prefix, OrganisationKind.SUPPORTER, 0, 10).items())
			.isEmpty();
	}

	@Test
	void support_relations_decide_what_organisation_staff_see() {
		OrganisationView coordinator = this.organisations.createOrganisation(ADMIN,
				organisation(OrganisationKind.COORDINATOR, "Coordinator"));
		OrganisationView other = this.organisations.createOrganisation(ADMIN,
				organisation(OrganisationKind.SUPPORTER, "Other"));
		SignatoryView supported = this.organisations.createSignatory(ADMIN, signatory("Supported", "HR", 800),
				new OrganisationId(coordinator.id()));
		SignatoryView foreign = this.organisations.createSignatory(ADMIN, signatory("Foreign", "HR", 900),
				new OrganisationId(other.id()));
		Actor staff = new Actor(-1L, false, Set.of(coordinator.id()), Set.of(), Set.of(), Set.of());
		Actor admin = new Actor(-2L, false, Set.of(coordinator.id()), Set.of(coordinator.id()), Set.of(), Set.of());

		assertThat(this.organisations.getSignatory(staff, new SignatoryId(supported.id())).name())
			.isEqualTo(prefix + " Supported");
		assertThatThrownBy(() -> this.organisations.getSignatory(staff, new SignatoryId(foreign.id())))
			.isInstanceOf(SignatoryNotFound.class);
		assertThatThrownBy(() -> this.organisations.getOrganisation(staff, new OrganisationId(other.id())))
			.isInstanceOf(OrganisationNotFound.class);
		assertThat(names(this.organisations.findSignatories(staff, query(null, null, null), 0, 10)))
			.containsExactly(prefix + " Supported");
		assertThatThrownBy(() -> this.organisations.addSupport(staff, new OrganisationId(coordinator.id()),
				new SignatoryId(supported.id()), null))
			.isInstanceOf(Forbidden.class);
		assertThatThrownBy(() -> this.organisations.addSupport(admin, new OrganisationId(coordinator.id()),
				new SignatoryId(supported.id()), null))
			.as("already supported")
			.isInstanceOf(InvalidInput.class);

		SupportView support = this.organisations.supportersOf(ADMIN, new SignatoryId(supported.id())).get(0);
		assertThat(support.organisationName()).isEqualTo(prefix + " Coordinator");
		assertThat(support.active()).isTrue();
		SupportView ended = this.organisations.endSupport(admin, new OrganisationId(coordinator.id()), support.id(),
				support.since());
		assertThat(ended.until()).isEqualTo(support.since());
		assertThatThrownBy(() -> this.organisations.endSupport(admin, new OrganisationId(coordinator.id()),
				support.id(), support.since().minusDays(1)))
			.isInstanceOf(InvalidInput.class);

		SupportView added = this.organisations.addSupport(ADMIN, new OrganisationId(other.id()),
				new SignatoryId(supported.id()), LocalDate.of(2020, 1, 1));
		assertThat(added.since()).isEqualTo(LocalDate.of(2020, 1, 1));
		assertThat(this.organisations.supportedBy(ADMIN, new OrganisationId(other.id())))
			.extracting(SupportView::signatoryName)
			.containsExactlyInAnyOrder(prefix + " Supported", prefix + " Foreign");
	}

	SignatoryData signatory(String name, String country, int population) {
		return new SignatoryData(prefix + " " + name, country, null, population, 2021, "test", null, null, null,
				LocalDate.of(2015, 1, 1), SignatoryStatus.ACTIVE, null, false, null);
	}

	OrganisationData organisation(OrganisationKind kind, String name) {
		return new OrganisationData(kind, prefix + " " + name, "IT", null, null, null, null, null);
	}

	SignatoryQuery query(String country, Long supporter, String sort) {
		return new SignatoryQuery(this.prefix, country, null, supporter, sort);
	}

	static List<String> names(PageResult<SignatoryView> page) {
		return page.items().stream().map(SignatoryView::name).toList();
	}

	static SignatoryData withName(SignatoryData data, String name) {
		return new SignatoryData(name, data.country(), data.region(), data.population(), data.populationYear(),
				data.populationSource(), data.areaKm2(), data.latitude(), data.longitude(), data.adhesionDate(),
				data.status(), data.jointPlanGroup(), data.illustrative(), data.version());
	}

}
