package eu.mayorsinaction.inventory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.inventory.InventoryProgress;
import eu.mayorsinaction.inventory.InventoryProgressView;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.calculation.Progress;
import eu.mayorsinaction.inventory.calculation.ProgressComparison;
import eu.mayorsinaction.inventory.calculation.ProgressMetric;
import eu.mayorsinaction.inventory.calculation.ProgressPoint;
import eu.mayorsinaction.inventory.calculation.ProgressTarget;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of a signatory's progress: its MEIs against its BEI and its commitment, as
 * tables and as a chart (drawn by {@code progress-chart.js} from the figures in a
 * {@code data-chart} attribute: the Content Security Policy forbids inline scripts).
 */
@Controller
class ProgressPages {

	static final String PAGE = "inventory/progress";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final InventoryProgress progress;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	ProgressPages(InventoryProgress progress, OrganisationManagement organisations, MessageSource messages) {
		this.progress = progress;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/app/signatories/{id}/inventories/progress")
	String progress(Actor actor, @PathVariable long id, Locale locale, Model model) {
		SignatoryId signatory = new SignatoryId(id);
		InventoryProgressView view = this.progress.progress(actor, signatory);
		Progress figures = view.progress();
		model.addAttribute("signatory", view.signatory());
		model.addAttribute("commitment", view.commitment());
		model.addAttribute("progress", figures);
		model.addAttribute("latest", figures.latest());
		model.addAttribute("metric", figures.metric());
		model.addAttribute("num", new ProgressNumbers(locale));
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatory));
		model.addAttribute("rows", rows(figures));
		model.addAttribute("chart", (figures.baseline() != null) ? chart(figures, locale) : null);
		Map<Long, String> reasons = new LinkedHashMap<>();
		for (Progress.Exclusion exclusion : figures.notCompared()) {
			BusinessException why = view.problems().get(exclusion.inventory().id());
			reasons.put(exclusion.inventory().id(),
					(why != null) ? this.messages.getMessage("progress.reason.notComputedBecause",
							new Object[] { this.messages.getMessage(why.code(), why.arguments(), locale) }, locale)
							: this.messages.getMessage(exclusion.reason(), null, locale));
		}
		model.addAttribute("reasons", reasons);
		BusinessException problem = figures.targetProblem();
		model.addAttribute("targetProblem",
				(problem != null) ? this.messages.getMessage(problem.code(), problem.arguments(), locale) : null);
		return PAGE;
	}

	/**
	 * One row per year of the chart's text alternative: the BEI, each MEI and the target
	 * year, with the value in the target's metric and the trajectory's.
	 */
	static List<Row> rows(Progress progress) {
		List<Row> rows = new ArrayList<>();
		if (progress.baseline() == null) {
			return rows;
		}
		ProgressTarget target = progress.target();
		ProgressMetric metric = progress.metric();
		Double beiValue = (metric == ProgressMetric.PER_CAPITA) ? progress.baseline().figures().perCapita()
				: Double.valueOf(progress.baseline().figures().total());
		rows.add(new Row(progress.baseline().year(), InventoryType.BEI, beiValue,
				(target != null) ? target.baselineValue() : null, null));
		for (ProgressComparison comparison : progress.comparisons()) {
			rows.add(new Row(comparison.year(), InventoryType.MEI, comparison.actual(), comparison.trajectoryValue(),
					comparison));
		}
		if (target != null) {
			rows.add(new Row(target.targetYear(), null, null, target.targetValue(), null));
		}
		return rows;
	}

	private String chart(Progress progress, Locale locale) {
		Map<String, Object> chart = new LinkedHashMap<>();
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put("trajectory", message("progress.chart.trajectory", locale));
		labels.put("inventories", message("progress.chart.inventories", locale));
		labels.put("target", message("progress.chart.target", locale));
		labels.put("year", message("progress.col.year", locale));
		labels.put("value", message("progress.unit." + progress.metric(), locale));
		chart.put("labels", labels);
		chart.put("locale", locale.toLanguageTag());
		chart.put("decimals", (progress.metric() == ProgressMetric.PER_CAPITA) ? 3 : 1);
		List<Map<String, Object>> inventories = new ArrayList<>();
		for (Row row : rows(progress)) {
			if (row.type() != null && row.value() != null) {
				inventories.add(point(row.year(), row.value(), row.type() + " " + row.year()));
			}
		}
		chart.put("inventories", inventories);
		List<Map<String, Object>> trajectory = new ArrayList<>();
		for (ProgressPoint point : progress.trajectory()) {
			trajectory.add(point(point.year(), point.value(), null));
		}
		chart.put("trajectory", trajectory);
		ProgressTarget target = progress.target();
		chart.put("target",
				(target != null) ? List.of(point(target.targetYear(), target.targetValue(), null)) : List.of());
		return JSON.writeValueAsString(chart);
	}

	private static Map<String, Object> point(int year, double value, String label) {
		Map<String, Object> point = new LinkedHashMap<>();
		point.put("x", year);
		point.put("y", value);
		if (label != null) {
			point.put("label", label);
		}
		return point;
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/**
	 * A year of the chart: an inventory ({@code type} BEI or MEI) or the target year
	 * ({@code type} null), its value and the trajectory's in the target's metric.
	 */
	public record Row(int year, InventoryType type, Double value, Double trajectory, ProgressComparison comparison) {
	}

}
