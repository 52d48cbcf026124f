package eu.mayorsinaction.actionplan.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.BudgetKind;
import eu.mayorsinaction.actionplan.BudgetLineData;
import eu.mayorsinaction.actionplan.IndicatorData;
import eu.mayorsinaction.actionplan.IndicatorValueData;
import eu.mayorsinaction.actionplan.MilestoneData;
import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.actionplan.StakeholderData;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.UserManagement;

/**
 * A "Deleteville …" municipality of its own for the deletion tests, supported by the
 * Metropolitan City of Genoa (so its coordinator may edit it), with a commitment and a
 * council-approved plan (no BEI: reductions are entered per action).
 */
final class DeletevilleFixture {

	static final String GENOA_ORGANISATION = "Metropolitan City of Genoa";

	final SignatoryId signatory;

	final long plan;

	final Actor genoa;

	private final ActionPlanManagement plans;

	private final ActionDetails details;

	private DeletevilleFixture(SignatoryId signatory, long plan, Actor genoa, ActionPlanManagement plans,
			ActionDetails details) {
		this.signatory = signatory;
		this.plan = plan;
		this.genoa = genoa;
		this.plans = plans;
		this.details = details;
	}

	long id() {
		return this.signatory.value();
	}

	static DeletevilleFixture create(OrganisationManagement organisations, UserManagement users,
			ActionPlanManagement plans, ActionDetails details, String planTitle) {
		Actor admin = PagetownFixture.admin();
		long genoaOrganisation = organisations.findOrganisations(admin, GENOA_ORGANISATION, null, 0, 10)
			.items()
			.get(0)
			.id();
		SignatoryId signatory = new SignatoryId(organisations
			.createSignatory(admin,
					new SignatoryData("Deleteville " + UUID.randomUUID().toString().substring(0, 8), "IT", "Liguria",
							9000, 2021, null, null, null, null, null, SignatoryStatus.ACTIVE, null, false, null),
					new OrganisationId(genoaOrganisation))
			.id());
		organisations.addCommitment(admin, signatory, new CommitmentData(Framework.COM_2030, LocalDate.of(2016, 3, 1),
				BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE));
		Actor genoa = users.currentActor(PagetownFixture.principal(users, PagetownFixture.GENOA).id());
		PlanView plan = plans.createPlan(genoa, signatory, new PlanData(PlanKind.SECAP, planTitle, null,
				LocalDate.of(2017, 5, 30), "Town council", null, PlanStatus.APPROVED_BY_COUNCIL, null));
		return new DeletevilleFixture(signatory, plan.id(), genoa, plans, details);
	}

	/** An action of the plan with an entered reduction [t CO2/a] and cost [EUR]. */
	ActionView action(String title, double co2Reduction, double costEur) {
		return this.plans.createAction(this.genoa, this.signatory,
				new ActionData(this.plan, "M11", title, false, "Energy office", LocalDate.of(2024, 1, 1),
						LocalDate.of(2027, 12, 31), ActionStatus.NOT_STARTED, costEur, null,
						Map.of(Carrier.NATURAL_GAS, 100.0), null, co2Reduction, false, null));
	}

	/**
	 * Gives the action one stakeholder, two milestones, one budget line, one indicator
	 * with two values, one evidence file of 1,536 bytes and one comment.
	 */
	void details(long actionId) {
		this.details.addStakeholder(this.genoa, this.signatory, actionId,
				new StakeholderData("Energy cooperative", "Partner", null));
		this.details.addMilestone(this.genoa, this.signatory, actionId,
				new MilestoneData("Tender published", LocalDate.of(2025, 3, 1), null, "Ms Rossi", false, null));
		this.details.addMilestone(this.genoa, this.signatory, actionId,
				new MilestoneData("Works finished", LocalDate.of(2027, 6, 1), null, null, false, null));
		this.details.addBudgetLine(this.genoa, this.signatory, actionId,
				new BudgetLineData(2025, BudgetKind.INVESTMENT, 50000.0, null, "Town budget"));
		long indicator = this.details
			.addIndicator(this.genoa, this.signatory, actionId, new IndicatorData("Gas use", "MWh/a", 900.0))
			.id();
		this.details.addIndicatorValue(this.genoa, this.signatory, actionId, indicator,
				new IndicatorValueData(LocalDate.of(2024, 12, 31), 1000.0, null));
		this.details.addIndicatorValue(this.genoa, this.signatory, actionId, indicator,
				new IndicatorValueData(LocalDate.of(2025, 12, 31), 950.0, null));
		this.details.addEvidence(this.genoa, this.signatory, actionId, "council-decision.pdf", pdf(1536));
		this.details.addComment(this.genoa, this.signatory, actionId, "Tender documents checked.");
	}

	/** A file that starts as a PDF does, {@code size} bytes long. */
	static byte[] pdf(int size) {
		byte[] content = new byte[size];
		Arrays.fill(content, (byte) ' ');
		byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(head, 0, content, 0, head.length);
		return content;
	}

}
