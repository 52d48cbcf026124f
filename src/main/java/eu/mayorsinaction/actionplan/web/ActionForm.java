package eu.mayorsinaction.actionplan.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.inventory.Carrier;

/**
 * The action form as typed (numbers in the person's language), kept as it is when the
 * form comes back. Field names are the service's ({@code savings.NATURAL_GAS} for a
 * carrier's saving).
 */
record ActionForm(String planId, String fieldCode, String title, boolean keyMeasure, String responsible,
		String startDate, String endDate, String status, String estimatedCostEur, String actualCostEur,
		Map<String, String> savings, String renewableMwh, String co2Reduction, boolean benchmarkOfExcellence,
		String version, String policyInstrumentCode, String originCode, String responsibleUserId,
		String responsibleEmail) {

	static final String[] FIELDS = { "planId", "fieldCode", "title", "keyMeasure", "responsible", "startDate",
			"endDate", "status", "estimatedCostEur", "actualCostEur", "renewableMwh", "co2Reduction",
			"benchmarkOfExcellence", "policyInstrumentCode", "originCode" };

	static ActionForm blank(Long planId) {
		return new ActionForm((planId != null) ? planId.toString() : "", "", "", false, "", "", "", "NOT_STARTED", "",
				"", Map.of(), "", "", false, "", "", "", "", "");
	}

	static ActionForm of(ActionView action, PlanPagesText text) {
		Map<String, String> savings = new LinkedHashMap<>();
		action.savings().forEach((carrier, mwh) -> savings.put(carrier.name(), text.input(mwh)));
		return new ActionForm(String.valueOf(action.planId()), action.field().code(), action.title(),
				action.keyMeasure(), (action.responsible() != null) ? action.responsible() : "",
				PlanForm.text(action.startDate()), PlanForm.text(action.endDate()), action.status().name(),
				text.input(action.estimatedCostEur()), text.input(action.actualCostEur()), savings,
				text.input(action.renewableMwh()), text.input(action.co2Reduction()), action.benchmarkOfExcellence(),
				String.valueOf(action.version()), blank(action.policyInstrumentCode()), blank(action.originCode()),
				(action.responsibleUserId() != null) ? action.responsibleUserId().toString() : "", "");
	}

	static ActionForm read(Map<String, String[]> parameters) {
		Map<String, String> savings = new LinkedHashMap<>();
		for (Carrier carrier : Carrier.values()) {
			String value = PlanForm.one(parameters, "savings." + carrier.name());
			if (!value.isBlank()) {
				savings.put(carrier.name(), value);
			}
		}
		return new ActionForm(PlanForm.one(parameters, "planId"), PlanForm.one(parameters, "fieldCode"),
				PlanForm.one(parameters, "title"), parameters.containsKey("keyMeasure"),
				PlanForm.one(parameters, "responsible"), PlanForm.one(parameters, "startDate"),
				PlanForm.one(parameters, "endDate"), PlanForm.one(parameters, "status"),
				PlanForm.one(parameters, "estimatedCostEur"), PlanForm.one(parameters, "actualCostEur"), savings,
				PlanForm.one(parameters, "renewableMwh"), PlanForm.one(parameters, "co2Reduction"),
				parameters.containsKey("benchmarkOfExcellence"), PlanForm.one(parameters, "version"),
				PlanForm.one(parameters, "policyInstrumentCode"), PlanForm.one(parameters, "originCode"),
				PlanForm.one(parameters, "responsibleUserId"), PlanForm.one(parameters, "responsibleEmail"));
	}

	ActionForm withVersion(int version) {
		return new ActionForm(this.planId, this.fieldCode, this.title, this.keyMeasure, this.responsible,
				this.startDate, this.endDate, this.status, this.estimatedCostEur, this.actualCostEur, this.savings,
				this.renewableMwh, this.co2Reduction, this.benchmarkOfExcellence, String.valueOf(version),
				this.policyInstrumentCode, this.originCode, this.responsibleUserId, this.responsibleEmail);
	}

	public String saving(Carrier carrier) {
		return this.savings.getOrDefault(carrier.name(), "");
	}

	/** The value of a field by its name, as typed. */
	public String value(String field) {
		if (field.startsWith("savings.")) {
			return this.savings.getOrDefault(field.substring("savings.".length()), "");
		}
		return switch (field) {
			case "planId" -> this.planId;
			case "fieldCode" -> this.fieldCode;
			case "title" -> this.title;
			case "keyMeasure" -> String.valueOf(this.keyMeasure);
			case "responsible" -> this.responsible;
			case "startDate" -> this.startDate;
			case "endDate" -> this.endDate;
			case "status" -> this.status;
			case "estimatedCostEur" -> this.estimatedCostEur;
			case "actualCostEur" -> this.actualCostEur;
			case "renewableMwh" -> this.renewableMwh;
			case "co2Reduction" -> this.co2Reduction;
			case "benchmarkOfExcellence" -> String.valueOf(this.benchmarkOfExcellence);
			case "policyInstrumentCode" -> this.policyInstrumentCode;
			case "originCode" -> this.originCode;
			default -> "";
		};
	}

	/**
	 * The data for the service; errors of form (not a number, no date, an e-mail address
	 * of no account) into the map. The responsible account stays as stored unless an
	 * address is typed.
	 */
	ActionData parse(PlanPagesText text, Map<String, String> errors,
			java.util.function.Function<String, java.util.Optional<Long>> accountByEmail) {
		Map<String, Double> typed = new LinkedHashMap<>();
		Map<Carrier, Double> savingsByCarrier = new EnumMap<>(Carrier.class);
		for (Carrier carrier : Carrier.values()) {
			Double mwh = text.number("savings." + carrier.name(), saving(carrier), errors);
			if (mwh != null) {
				savingsByCarrier.put(carrier, mwh);
			}
		}
		for (String field : new String[] { "estimatedCostEur", "actualCostEur", "renewableMwh", "co2Reduction" }) {
			typed.put(field, text.number(field, value(field), errors));
		}
		Integer version = null;
		if (this.version != null && !this.version.isBlank()) {
			try {
				version = Integer.valueOf(this.version.strip());
			}
			catch (NumberFormatException ex) {
				version = -1;
			}
		}
		String code = (this.fieldCode == null || this.fieldCode.isBlank()) ? null : this.fieldCode.strip();
		Long responsibleUser = null;
		if (this.responsibleEmail != null && !this.responsibleEmail.isBlank()) {
			responsibleUser = accountByEmail.apply(this.responsibleEmail.strip()).orElse(null);
			if (responsibleUser == null) {
				errors.put("responsibleEmail", text.message("planpages.error.unknownAccount"));
			}
		}
		else if (this.responsibleUserId != null && !this.responsibleUserId.isBlank()) {
			try {
				responsibleUser = Long.valueOf(this.responsibleUserId.strip());
			}
			catch (NumberFormatException ex) {
				responsibleUser = null;
			}
		}
		return new ActionData(text.id("planId", this.planId, errors), code, this.title, this.keyMeasure,
				this.responsible, text.date("startDate", this.startDate, errors),
				text.date("endDate", this.endDate, errors),
				text.choice(ActionStatus.class, "status", this.status, errors), typed.get("estimatedCostEur"),
				typed.get("actualCostEur"), savingsByCarrier, typed.get("renewableMwh"), typed.get("co2Reduction"),
				this.benchmarkOfExcellence, version, blankToNull(this.policyInstrumentCode),
				blankToNull(this.originCode), responsibleUser);
	}

	private static String blank(String text) {
		return (text != null) ? text : "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
