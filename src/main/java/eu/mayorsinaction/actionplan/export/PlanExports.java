package eu.mayorsinaction.actionplan.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.PlanTargetUnavailable;
import eu.mayorsinaction.actionplan.PlanTargetView;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * A plan exported to the SEAP template's action-plan sheet, CSV or XLSX. Access first:
 * the organisation module decides whether the person may see the signatory (else 404),
 * then the format is checked; texts are in the language asked. No transaction of its own:
 * a plan without a computable target makes {@code target} fail, which would mark a shared
 * transaction for rollback; each read runs in the plan service's own.
 */
@Service
public class PlanExports {

	static final String TEMPLATE = "reference/seap-template-2009-it.xls";

	private final ActionPlanManagement plans;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private volatile byte[] template;

	PlanExports(ActionPlanManagement plans, OrganisationManagement organisations, MessageSource messages) {
		this.plans = plans;
		this.organisations = organisations;
		this.messages = messages;
	}

	/**
	 * @param format {@code template} (or none), {@code csv} or {@code xlsx}
	 * @throws eu.mayorsinaction.shared.InvalidInput for another format, after the access
	 * check
	 */
	public PlanFile export(Actor actor, SignatoryId signatory, long planId, String format, Locale locale) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		PlanView plan = this.plans.plan(actor, signatory, planId);
		PlanExportFormat chosen = PlanExportFormat.parse(format);
		Texts texts = (key, arguments) -> this.messages.getMessage(key, arguments, key, locale);
		List<ActionView> actions = this.plans.actions(actor, signatory, planId, null, null);
		Map<Long, Double> reductions = this.plans.actionReductions(actor, signatory, planId);
		PlanTargetView target = null;
		String problem = null;
		try {
			target = this.plans.target(actor, signatory, planId, null);
		}
		catch (PlanTargetUnavailable ex) {
			problem = this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
		}
		PlanExport export = new PlanExport(plan, view.name(), actions, reductions, target, problem);
		byte[] content = switch (chosen) {
			case TEMPLATE -> new PlanTemplateWriter().fill(template(), export, texts);
			case CSV -> new PlanCsvWriter().write(export, texts);
			case XLSX -> new PlanXlsxWriter().write(export, texts);
		};
		return new PlanFile(fileName(plan, view, chosen), chosen.contentType(), content);
	}

	/**
	 * Fills the action-plan sheet of a workbook in the SEAP template's layout with the
	 * given actions of a plan instead of its current ones (e.g. the actions frozen into a
	 * monitoring report), summed and ordered as {@link #export} does. The expected CO2
	 * reduction of an action is its own {@code co2Reduction} where given, else the plan's
	 * computed one for the same action id. Access first (404 for another tenant).
	 * @param workbook a copy of the template to fill (e.g. one already filled with an
	 * inventory), or {@code null} for the shipped template
	 * @return the filled workbook (.xls)
	 */
	public byte[] fillTemplate(Actor actor, SignatoryId signatory, long planId, List<ActionView> actions,
			byte[] workbook, Locale locale) {
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		PlanView plan = this.plans.plan(actor, signatory, planId);
		Texts texts = (key, arguments) -> this.messages.getMessage(key, arguments, key, locale);
		Map<Long, Double> computed = this.plans.actionReductions(actor, signatory, planId);
		Map<Long, Double> reductions = new java.util.HashMap<>();
		for (ActionView action : actions) {
			Double co2 = (action.co2Reduction() != null) ? action.co2Reduction() : computed.get(action.id());
			if (co2 != null) {
				reductions.put(action.id(), co2);
			}
		}
		PlanTargetView target = null;
		String problem = null;
		try {
			target = this.plans.target(actor, signatory, planId, null);
		}
		catch (PlanTargetUnavailable ex) {
			problem = this.messages.getMessage(ex.code(), ex.arguments(), ex.code(), locale);
		}
		PlanExport export = new PlanExport(plan, view.name(), actions, reductions, target, problem);
		return new PlanTemplateWriter().fill((workbook != null) ? workbook.clone() : template(), export, texts);
	}

	/**
	 * E.g. {@code SECAP-Vilanova-i-la-Geltru-12.xls}: ASCII letters and digits only
	 * (accents dropped, Ł/Đ/ß spelt out); a name with none of them (Greek) gives the
	 * signatory's id.
	 */
	static String fileName(PlanView plan, SignatoryView signatory, PlanExportFormat format) {
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
		return plan.kind().name() + "-" + name + "-" + plan.id() + "." + format.extension();
	}

	private byte[] template() {
		byte[] bytes = this.template;
		if (bytes == null) {
			try (InputStream in = new ClassPathResource(TEMPLATE).getInputStream()) {
				bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("the SEAP template is missing from the application", ex);
			}
			this.template = bytes;
		}
		return bytes.clone();
	}

}
