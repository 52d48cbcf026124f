package eu.mayorsinaction.actionplan;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;

/**
 * Test data of the action details: a signatory "Detailburg …" of its own (supported by
 * the Genoa coordinator, so its staff may edit it), an editor and a viewer of it, a plan
 * and an action. Every call makes new ones, so tests never share them.
 */
public final class DetailburgFixture {

	public static final String PASSWORD = "detailburg-pass-2026";

	public static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	public final SignatoryId signatory;

	public final String name;

	public final UserView editor;

	public final UserView viewer;

	public final long planId;

	public final long actionId;

	private DetailburgFixture(SignatoryId signatory, String name, UserView editor, UserView viewer, long planId,
			long actionId) {
		this.signatory = signatory;
		this.name = name;
		this.editor = editor;
		this.viewer = viewer;
		this.planId = planId;
		this.actionId = actionId;
	}

	public static DetailburgFixture create(OrganisationManagement organisations, UserManagement users,
			ActionPlanManagement plans) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String name = "Detailburg " + suffix;
		OrganisationView genoa = organisations.findOrganisations(ADMIN, "Genoa", null, 0, 10)
			.items()
			.stream()
			.findFirst()
			.orElseThrow();
		SignatoryId signatory = new SignatoryId(organisations
			.createSignatory(ADMIN,
					new SignatoryData(name, "IT", null, 5000, 2021, null, null, null, null, null,
							SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(genoa.id()))
			.id());
		UserView editor = users.register(new NewUser("editor-" + suffix + "@detailburg.example", "Erika " + suffix,
				"en", PASSWORD, false, Role.SIGNATORY_EDITOR, null, signatory.value()));
		UserView viewer = users.register(new NewUser("viewer-" + suffix + "@detailburg.example", "Viktor " + suffix,
				"en", PASSWORD, false, Role.SIGNATORY_VIEWER, null, signatory.value()));
		long plan = plans
			.createPlan(ADMIN, signatory,
					new PlanData(PlanKind.SECAP, "Detailburg SECAP", null, null, null, null, PlanStatus.DRAFT, null))
			.id();
		long action = plans
			.createAction(ADMIN, signatory,
					new ActionData(plan, "M11", "Retrofit of the town hall", true, "Technical office",
							LocalDate.of(2025, 1, 1), LocalDate.of(2027, 12, 31), ActionStatus.ONGOING, 250000.0, null,
							null, null, 12.0, false, null))
			.id();
		return new DetailburgFixture(signatory, name, editor, viewer, plan, action);
	}

	public String editorEmail() {
		return this.editor.email();
	}

	public String viewerEmail() {
		return this.viewer.email();
	}

	public String base() {
		return "/api/v1/signatories/" + this.signatory.value() + "/actions/" + this.actionId;
	}

}
