package eu.mayorsinaction.monitoring.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.PlanNotFound;
import eu.mayorsinaction.actionplan.export.PlanExportFormat;
import eu.mayorsinaction.actionplan.export.PlanExports;
import eu.mayorsinaction.inventory.InventoryNotFound;
import eu.mayorsinaction.inventory.InventoryTemplates;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.ReportStatus;
import eu.mayorsinaction.monitoring.ReportType;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.ReportView.ReportedAction;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A monitoring report exported to the template layout, CSV or XLSX. Access first: the
 * organisation module decides whether the person may see the signatory (else 404), then
 * the report is looked up (404 if it is not the signatory's), then the format is checked.
 * <p>
 * The "template layout": the project ships only the Covenant's 2009 SEAP template
 * ({@code reference/seap-template-2009-it.xls}, see {@code reference/README.md}); there
 * is no separate monitoring template in the project. The template export is therefore a
 * filled copy of that template: for a Full Report with an MEI, the inventory module fills
 * the MEI into its inventory sheet ({@link InventoryTemplates#export}); the action plan
 * module then fills the action-plan sheet of that same workbook with the report's actions
 * ({@link PlanExports#fillTemplate}); a last sheet holds the report's header fields
 * (type, status, dates, coordinator comment).
 * <p>
 * The actions are those frozen into the report at its submission; a draft has none frozen
 * yet, so it shows the plan's current actions (what submitting would freeze). In the
 * template, an action keeps the plan's current details (key measure, responsible, dates,
 * savings) where the plan still has it; field, title, status, costs, CO2 and the
 * Benchmark flag are the frozen ones. No transaction of its own, as the plan's export.
 */
@Service
public class ReportExports {

	static final String TEMPLATE = "reference/seap-template-2009-it.xls";

	private final MonitoringReports reports;

	private final OrganisationManagement organisations;

	private final ActionPlanManagement plans;

	private final PlanExports planExports;

	private final InventoryTemplates inventoryTemplates;

	private final MessageSource messages;

	ReportExports(MonitoringReports reports, OrganisationManagement organisations, ActionPlanManagement plans,
			PlanExports planExports, InventoryTemplates inventoryTemplates, MessageSource messages) {
		this.reports = reports;
		this.organisations = organisations;
		this.plans = plans;
		this.planExports = planExports;
		this.inventoryTemplates = inventoryTemplates;
		this.messages = messages;
	}

	/**
	 * @param format {@code template} (or none), {@code csv} or {@code xlsx}
	 * @throws eu.mayorsinaction.shared.InvalidInput for another format, after the access
	 * check
	 */
	public ReportFile export(Actor actor, SignatoryId signatory, long reportId, String format, Locale locale) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		ReportView report = this.reports.report(actor, signatory, reportId);
		PlanExportFormat chosen = PlanExportFormat.parse(format);
		Function<String, String> texts = (key) -> this.messages.getMessage(key, null, key, locale);
		List<ActionView> current = currentActions(actor, signatory, report);
		ReportExport export = new ReportExport(report, view.name(),
				this.reports.reportedActions(actor, signatory, report));
		byte[] content = switch (chosen) {
			case TEMPLATE -> template(actor, signatory, export, current, texts, locale);
			case CSV -> new ReportCsvWriter().write(export, texts);
			case XLSX -> new ReportXlsxWriter().write(export, texts);
		};
		return new ReportFile(fileName(report, view, chosen), chosen.contentType(), content);
	}

	private byte[] template(Actor actor, SignatoryId signatory, ReportExport export, List<ActionView> current,
			Function<String, String> texts, Locale locale) {
		ReportView report = export.report();
		byte[] workbook = null;
		if (report.type() == ReportType.FULL_REPORT && report.meiInventoryId() != null) {
			try {
				workbook = this.inventoryTemplates.export(actor, signatory, report.meiInventoryId());
			}
			catch (InventoryNotFound ex) {
				workbook = null;
			}
		}
		if (report.planId() != null) {
			try {
				workbook = this.planExports.fillTemplate(actor, signatory, report.planId(),
						asActions(export.actions(), current, report), workbook, locale);
			}
			catch (PlanNotFound ex) {
				// the plan is gone: the header sheet still says what was reported
			}
		}
		if (workbook == null) {
			try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(TEMPLATE)
				.getInputStream()) {
				workbook = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the SEAP template is missing from the application", ex);
			}
		}
		try (Workbook filled = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
			ReportXlsxWriter.headerSheet(filled, export, texts);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			filled.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot fill the SEAP template", ex);
		}
	}

	private List<ActionView> currentActions(Actor actor, SignatoryId signatory, ReportView report) {
		if (report.planId() == null) {
			return List.of();
		}
		try {
			return this.plans.actions(actor, signatory, report.planId(), null, null);
		}
		catch (PlanNotFound ex) {
			return List.of();
		}
	}

	/**
	 * The reported actions as the plan's actions for its template writer: frozen values
	 * over the plan's current details.
	 */
	private static List<ActionView> asActions(List<ReportedAction> reported, List<ActionView> current,
			ReportView report) {
		Map<Long, ActionView> byId = new HashMap<>();
		current.forEach((action) -> byId.put(action.id(), action));
		List<ActionView> actions = new ArrayList<>();
		for (ReportedAction frozen : reported) {
			ActionView now = byId.get(frozen.id());
			FieldOfAction field = FieldOfAction.valueOf(frozen.field());
			ActionStatus status = ActionStatus.valueOf(frozen.status());
			if (now != null) {
				actions.add(new ActionView(now.id(), now.planId(), now.signatoryId(), field, frozen.title(),
						now.keyMeasure(), now.responsible(), now.startDate(), now.endDate(), status,
						frozen.estimatedCostEur(), frozen.actualCostEur(), now.savings(), now.renewableMwh(),
						frozen.co2Reduction(), frozen.benchmarkOfExcellence(), now.version(), now.createdAt(),
						now.updatedAt(), now.policyInstrumentCode(), now.originCode(), now.responsibleUserId()));
			}
			else {
				actions.add(new ActionView(frozen.id(), report.planId(), report.signatoryId(), field, frozen.title(),
						false, null, null, null, status, frozen.estimatedCostEur(), frozen.actualCostEur(), Map.of(),
						null, frozen.co2Reduction(), frozen.benchmarkOfExcellence(), 0, report.createdAt(),
						report.updatedAt()));
			}
		}
		return actions;
	}

	/**
	 * E.g. {@code Report-Vilanova-i-la-Geltru-12.csv}: ASCII letters and digits only; a
	 * name with none of them (Greek) gives the signatory's id.
	 */
	static String fileName(ReportView report, SignatoryView signatory, PlanExportFormat format) {
		String latin = signatory.name()
			.replace("Ł", "L")
			.replace("ł", "l")
			.replace("Đ", "D")
			.replace("đ", "d")
			.replace("ß", "ss");
		String name = Normalizer.normalize(latin, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		if (name.isEmpty()) {
			name = String.valueOf(signatory.id());
		}
		return "Report-" + name + "-" + report.id() + "." + format.extension();
	}

}
