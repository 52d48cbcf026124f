package eu.mayorsinaction.actionplan.web;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.mayorsinaction.actionplan.PlanData;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanStatus;
import eu.mayorsinaction.actionplan.PlanView;

/** The plan form as typed: texts, kept as they are when the form comes back. */
record PlanForm(String kind, String title, String commitmentId, String approvalDate, String approvingBody,
		String beiInventoryId, String status, String version) {

	/** The fields in the order of the form, as in the service's field names. */
	static final String[] FIELDS = { "kind", "title", "commitmentId", "approvalDate", "approvingBody", "beiInventoryId",
			"status" };

	static PlanForm blank() {
		return new PlanForm("SECAP", "", "", "", "", "", "DRAFT", "");
	}

	static PlanForm of(PlanView plan) {
		return new PlanForm(plan.kind().name(), plan.title(), text(plan.commitmentId()), text(plan.approvalDate()),
				(plan.approvingBody() != null) ? plan.approvingBody() : "", text(plan.beiInventoryId()),
				plan.status().name(), String.valueOf(plan.version()));
	}

	static PlanForm read(Map<String, String[]> parameters) {
		return new PlanForm(one(parameters, "kind"), one(parameters, "title"), one(parameters, "commitmentId"),
				one(parameters, "approvalDate"), one(parameters, "approvingBody"), one(parameters, "beiInventoryId"),
				one(parameters, "status"), one(parameters, "version"));
	}

	PlanForm withVersion(int version) {
		return new PlanForm(this.kind, this.title, this.commitmentId, this.approvalDate, this.approvingBody,
				this.beiInventoryId, this.status, String.valueOf(version));
	}

	/** The value of a field of the form by its name. */
	public String value(String field) {
		return switch (field) {
			case "kind" -> this.kind;
			case "title" -> this.title;
			case "commitmentId" -> this.commitmentId;
			case "approvalDate" -> this.approvalDate;
			case "approvingBody" -> this.approvingBody;
			case "beiInventoryId" -> this.beiInventoryId;
			case "status" -> this.status;
			default -> "";
		};
	}

	/** What the form holds as data for the service; errors of form go into the map. */
	PlanData parse(PlanPagesText text, Map<String, String> errors) {
		Map<String, String> found = new LinkedHashMap<>();
		PlanKind kind = text.choice(PlanKind.class, "kind", this.kind, found);
		PlanStatus status = text.choice(PlanStatus.class, "status", this.status, found);
		Long commitment = text.id("commitmentId", this.commitmentId, found);
		Long bei = text.id("beiInventoryId", this.beiInventoryId, found);
		var approval = text.date("approvalDate", this.approvalDate, found);
		Integer version = null;
		if (this.version != null && !this.version.isBlank()) {
			try {
				version = Integer.valueOf(this.version.strip());
			}
			catch (NumberFormatException ex) {
				version = -1;
			}
		}
		errors.putAll(found);
		return new PlanData(kind, this.title, commitment, approval, this.approvingBody, bei, status, version);
	}

	static String one(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		return (values == null || values.length == 0 || values[0] == null) ? "" : values[0];
	}

	static String text(Object value) {
		return (value == null) ? "" : value.toString();
	}

}
