package eu.mayorsinaction.actionplan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Round trips of every table of V11 through {@link ActionDetails}, down to the database
 * and back: the same scenarios on PostgreSQL and on H2 (see the two subclasses), each on
 * a Detailburg signatory of its own.
 */
abstract class ActionDetailPersistenceScenarios {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	ActionDetails details;

	@Autowired
	ActionPlanManagement plans;

	@Autowired
	OrganisationManagement organisations;

	SignatoryId signatory;

	long action;

	@BeforeEach
	void aSignatoryOfItsOwn() {
		String name = "Detailburg " + UUID.randomUUID().toString().substring(0, 8);
		this.signatory = new SignatoryId(this.organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", null, 5000, 2021, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					null)
			.id());
		long plan = this.plans
			.createPlan(ADMIN, this.signatory,
					new PlanData(PlanKind.SECAP, "Plan", null, null, null, null, PlanStatus.DRAFT, null))
			.id();
		this.action = this.plans
			.createAction(ADMIN, this.signatory,
					new ActionData(plan, "M13", "Insulation grants", false, null, null, LocalDate.of(2030, 12, 31),
							ActionStatus.ONGOING, null, null, null, null, null, false, null))
			.id();
	}

	@Test
	void every_detail_table_is_kept() {
		this.details.addStakeholder(ADMIN, this.signatory, this.action,
				new StakeholderData("Housing association", "Partner", "+39 0185 1234"));
		this.details.addMilestone(ADMIN, this.signatory, this.action, new MilestoneData("Call opens",
				LocalDate.of(2026, 4, 1), null, "Mr Bianchi", true, LocalDate.of(2026, 3, 30)));
		this.details.addBudgetLine(ADMIN, this.signatory, this.action,
				new BudgetLineData(2026, BudgetKind.OPERATING, 1234.5, 1000.25, "Own budget"));
		IndicatorView indicator = this.details.addIndicator(ADMIN, this.signatory, this.action,
				new IndicatorData("Homes insulated", "homes", 150.0));
		this.details.addIndicatorValue(ADMIN, this.signatory, this.action, indicator.id(),
				new IndicatorValueData(LocalDate.of(2026, 6, 30), 42.0, "first call"));
		this.details.addComment(ADMIN, this.signatory, this.action, "Κείμενο σχολίου – komentarz ąę");

		assertThat(this.details.stakeholders(ADMIN, this.signatory, this.action)).containsExactly(
				new StakeholderView(this.details.stakeholders(ADMIN, this.signatory, this.action).get(0).id(),
						this.action, "Housing association", "Partner", "+39 0185 1234"));
		MilestoneView milestone = this.details.milestones(ADMIN, this.signatory, this.action).get(0);
		assertThat(milestone.title()).isEqualTo("Call opens");
		assertThat(milestone.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(milestone.done()).isTrue();
		assertThat(milestone.doneDate()).isEqualTo(LocalDate.of(2026, 3, 30));
		assertThat(milestone.responsibleName()).isEqualTo("Mr Bianchi");
		BudgetView budget = this.details.budget(ADMIN, this.signatory, this.action);
		assertThat(budget.lines().get(0).plannedEur()).isEqualTo(1234.5);
		assertThat(budget.lines().get(0).actualEur()).isEqualTo(1000.25);
		assertThat(budget.lines().get(0).kind()).isEqualTo(BudgetKind.OPERATING);
		assertThat(budget.lines().get(0).fundingSource()).isEqualTo("Own budget");
		IndicatorView read = this.details.indicators(ADMIN, this.signatory, this.action).get(0);
		assertThat(read.targetValue()).isEqualTo(150.0);
		assertThat(read.values()).extracting(IndicatorView.Value::value).containsExactly(42.0);
		assertThat(read.values().get(0).date()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(this.details.comments(ADMIN, this.signatory, this.action).get(0).text())
			.isEqualTo("Κείμενο σχολίου – komentarz ąę");
	}

	/** A binary file of 3 MB with every byte value, kept byte for byte. */
	@Test
	void an_evidence_file_is_kept_byte_for_byte() {
		byte[] content = new byte[3 * 1024 * 1024];
		for (int i = 0; i < content.length; i++) {
			content[i] = (byte) (i * 31);
		}
		byte[] pdf = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(pdf, 0, content, 0, pdf.length);
		EvidenceView stored = this.details.addEvidence(ADMIN, this.signatory, this.action, "big scan.pdf", content);
		assertThat(stored.sizeBytes()).isEqualTo(3 * 1024 * 1024);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		EvidenceFile file = this.details.evidenceFile(ADMIN, this.signatory, this.action, stored.id());
		assertThat(file.fileName()).isEqualTo("big scan.pdf");
		assertThat(Arrays.equals(file.content(), content)).isTrue();
		this.details.deleteEvidence(ADMIN, this.signatory, this.action, stored.id());
		assertThat(this.details.evidence(ADMIN, this.signatory, this.action)).isEmpty();
	}

	@Test
	void the_codes_and_the_action_columns_are_kept() {
		String code = "C" + this.signatory.value();
		this.details.addCode(ADMIN, new ActionCodeData(ActionCodeList.POLICY_INSTRUMENT, code, "Grants", true));
		ActionView before = this.plans.action(ADMIN, this.signatory, this.action);
		this.plans.updateAction(ADMIN, this.signatory, this.action,
				new ActionData(before.planId(), "M13", before.title(), false, null, null, before.endDate(),
						ActionStatus.ONGOING, null, null, null, null, null, false, before.version(), code, null, null));
		ActionView after = this.plans.action(ADMIN, this.signatory, this.action);
		assertThat(after.policyInstrumentCode()).isEqualTo(code);
		assertThat(after.originCode()).isNull();
		assertThat(after.responsibleUserId()).isNull();
	}

	/**
	 * What goes with the action is counted from every detail table (evidence 1,536 +
	 * 2,048 = 3,584 bytes), a stale version deletes nothing, and the deletion takes every
	 * row with it.
	 */
	@Test
	void deleting_the_action_counts_and_takes_every_detail_row() {
		long plan = this.plans.action(ADMIN, this.signatory, this.action).planId();
		this.details.addStakeholder(ADMIN, this.signatory, this.action, new StakeholderData("School", null, null));
		this.details.addMilestone(ADMIN, this.signatory, this.action,
				new MilestoneData("Call opens", LocalDate.of(2026, 4, 1), null, null, false, null));
		this.details.addBudgetLine(ADMIN, this.signatory, this.action,
				new BudgetLineData(2026, BudgetKind.INVESTMENT, 1000.0, null, null));
		this.details.addBudgetLine(ADMIN, this.signatory, this.action,
				new BudgetLineData(2027, BudgetKind.INVESTMENT, 2000.0, null, null));
		IndicatorView indicator = this.details.addIndicator(ADMIN, this.signatory, this.action,
				new IndicatorData("Homes insulated", "homes", 150.0));
		for (int month = 1; month <= 3; month++) {
			this.details.addIndicatorValue(ADMIN, this.signatory, this.action, indicator.id(),
					new IndicatorValueData(LocalDate.of(2026, month, 28), 10.0 * month, null));
		}
		this.details.addEvidence(ADMIN, this.signatory, this.action, "a.pdf", pdf(1536));
		this.details.addEvidence(ADMIN, this.signatory, this.action, "b.pdf", pdf(2048));
		this.details.addComment(ADMIN, this.signatory, this.action, "Checked.");

		assertThat(this.plans.actionDeletion(ADMIN, this.signatory, this.action))
			.isEqualTo(new DeletionScope(0, 1, 1, 2, 1, 3, 2, 3584, 1, 0, 0, 0));
		assertThat(this.plans.planDeletion(ADMIN, this.signatory, plan))
			.isEqualTo(new DeletionScope(1, 1, 1, 2, 1, 3, 2, 3584, 1, 0, 0, 0));

		int version = this.plans.action(ADMIN, this.signatory, this.action).version();
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.plans.deleteAction(ADMIN, this.signatory, this.action, version + 1))
			.isInstanceOf(eu.mayorsinaction.shared.EditConflict.class);
		assertThat(this.details.evidence(ADMIN, this.signatory, this.action)).hasSize(2);

		this.plans.deleteAction(ADMIN, this.signatory, this.action, version);
		assertThat(this.plans.planDeletion(ADMIN, this.signatory, plan))
			.isEqualTo(new DeletionScope(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.plans.actionDeletion(ADMIN, this.signatory, this.action))
			.isInstanceOf(ActionNotFound.class);
	}

	private static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		byte[] head = "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

}
