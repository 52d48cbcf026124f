package eu.mayorsinaction.actionplan.export;

import java.util.ArrayList;
import java.util.List;

import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.inventory.Carrier;

/**
 * The table of a plan's actions that CSV and XLSX share: one row per action (cancelled
 * ones too, with their status in the person's language), every field (the field of action
 * as code and name), the saving per carrier, the expected CO2 reduction and whether it
 * was entered or computed. Values are typed: {@link Number}, {@link java.time.LocalDate},
 * {@link String} or {@code null}.
 */
final class ActionTable {

	private ActionTable() {
	}

	/** The header texts, units included, in the person's language. */
	static List<String> headers(Texts texts) {
		List<String> headers = new ArrayList<>();
		for (String key : List.of("id", "field", "fieldName", "mainField", "title", "keyMeasure", "responsible",
				"start", "end", "status", "estimatedCost", "actualCost", "energySaving")) {
			headers.add(texts.get("planexport.column." + key));
		}
		for (Carrier carrier : Carrier.values()) {
			headers.add(texts.get("planexport.column.saving", texts.get("inventory.carrier." + carrier.name())));
		}
		for (String key : List.of("renewable", "co2", "co2Source", "benchmark")) {
			headers.add(texts.get("planexport.column." + key));
		}
		return headers;
	}

	/** The values of one action, in the order of {@link #headers}. */
	static List<Object> row(PlanExport export, ActionView action, Texts texts) {
		List<Object> values = new ArrayList<>();
		values.add(action.id());
		values.add(action.field().code());
		values.add(texts.get("planpages.field." + action.field().code()));
		values.add(action.field().mainField());
		values.add(action.title());
		values.add(yesNo(action.keyMeasure(), texts));
		values.add(action.responsible());
		values.add(action.startDate());
		values.add(action.endDate());
		values.add(texts.get("planpages.actionStatus." + action.status().name()));
		values.add(action.estimatedCostEur());
		values.add(action.actualCostEur());
		values.add(PlanExport.energySaving(action));
		for (Carrier carrier : Carrier.values()) {
			values.add(action.savings().get(carrier));
		}
		values.add(action.renewableMwh());
		Double co2 = export.reduction(action);
		values.add(co2);
		String source = (action.co2Reduction() != null) ? "ENTERED" : (co2 != null) ? "COMPUTED" : "UNKNOWN";
		values.add(texts.get("planexport.co2." + source));
		values.add(yesNo(action.benchmarkOfExcellence(), texts));
		return values;
	}

	private static String yesNo(boolean value, Texts texts) {
		return texts.get(value ? "planexport.yes" : "planexport.no");
	}

}
