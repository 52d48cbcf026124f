package eu.mayorsinaction.monitoring.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.ReportView.ReportedAction;

/**
 * What CSV and XLSX share: the report's header fields (label, value) and the table of
 * reported actions (field, title, status, estimated and actual cost [EUR], CO2 reduction
 * [t/a], Benchmark of Excellence). Values are typed: {@link Number},
 * {@link java.time.LocalDate}, {@link String} or {@code null}.
 */
final class ReportTable {

	static final List<String> COLUMNS = List.of("field", "title", "status", "estimatedCost", "actualCost", "co2",
			"benchmark");

	private ReportTable() {
	}

	/** The header fields as pairs of label and value. */
	static List<Object[]> header(ReportExport export, Function<String, String> texts) {
		ReportView report = export.report();
		List<Object[]> pairs = new ArrayList<>();
		pairs.add(new Object[] { texts.apply("reportexport.header.signatory"), export.signatoryName() });
		pairs.add(new Object[] { texts.apply("reportexport.header.title"), report.title() });
		pairs.add(new Object[] { texts.apply("reportexport.header.type"),
				texts.apply("monitoring.type." + report.type().name()) });
		pairs.add(new Object[] { texts.apply("reportexport.header.status"),
				texts.apply("monitoring.reportStatus." + report.status().name()) });
		pairs.add(new Object[] { texts.apply("reportexport.header.created"),
				report.createdAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() });
		pairs.add(new Object[] { texts.apply("reportexport.header.updated"),
				report.updatedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate() });
		pairs.add(new Object[] { texts.apply("reportexport.header.covenantDate"), report.covenantSubmissionDate() });
		pairs.add(new Object[] { texts.apply("reportexport.header.comment"), report.coordinatorComment() });
		pairs.add(new Object[] { texts.apply("reportexport.header.actions"), (long) export.actions().size() });
		return pairs;
	}

	static List<String> headers(Function<String, String> texts) {
		return COLUMNS.stream().map((key) -> texts.apply("reportexport.column." + key)).toList();
	}

	static List<Object> row(ReportedAction action, Function<String, String> texts) {
		List<Object> values = new ArrayList<>();
		values.add(action.field());
		values.add(action.title());
		values.add(texts.apply("monitoring.actionStatus." + action.status()));
		values.add(action.estimatedCostEur());
		values.add(action.actualCostEur());
		values.add(action.co2Reduction());
		values.add(texts.apply(action.benchmarkOfExcellence() ? "reportexport.yes" : "reportexport.no"));
		return values;
	}

}
