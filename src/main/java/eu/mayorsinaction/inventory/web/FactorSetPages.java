package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.FactorSetDraft;
import eu.mayorsinaction.inventory.FactorSetManagement;
import eu.mayorsinaction.inventory.FactorSetSummary;
import eu.mayorsinaction.inventory.FactorSetUpload;
import eu.mayorsinaction.inventory.FactorSetUploadRejected;
import eu.mayorsinaction.inventory.calculation.FactorSet;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's pages on factor sets: the list, one set with all its factors, and
 * the CSV upload with a preview of every factor and every error before anything is
 * stored.
 */
@Controller
@RequestMapping("/app/admin/factor-sets")
class FactorSetPages {

	static final String LIST = "inventory/factor-sets";

	static final String SET = "inventory/factor-set";

	static final String UPLOAD = "inventory/factor-set-upload";

	private final FactorSetManagement factorSets;

	private final MessageSource messages;

	FactorSetPages(FactorSetManagement factorSets, MessageSource messages) {
		this.factorSets = factorSets;
		this.messages = messages;
	}

	@GetMapping
	String list(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("sets", this.factorSets.factorSets());
		return LIST;
	}

	@GetMapping("/{setId}")
	String set(Actor actor, @PathVariable long setId, Model model) {
		requireAdmin(actor);
		FactorSetSummary set = this.factorSets.factorSet(setId);
		FactorSet factors = this.factorSets.factors(setId);
		model.addAttribute("set", set);
		model.addAttribute("fuels", fuels(factors));
		model.addAttribute("electricity", Electricity.of(factors.electricityFactors()));
		return SET;
	}

	@GetMapping("/{setId}/csv")
	ResponseEntity<String> csv(Actor actor, @PathVariable long setId) {
		requireAdmin(actor);
		FactorSetSummary set = this.factorSets.factorSet(setId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"factor-set-" + set.id() + "-v" + set.version() + ".csv\"")
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(this.factorSets.csv(setId));
	}

	@PostMapping("/{setId}/default")
	String makeDefault(Actor actor, @PathVariable long setId, RedirectAttributes redirect) {
		FactorSetSummary set = this.factorSets.makeDefault(actor, setId);
		redirect.addFlashAttribute("flashSuccess", message("factorSet.madeDefault", set.name(), set.version()));
		return "redirect:/app/admin/factor-sets/" + setId;
	}

	@PostMapping("/{setId}/delete")
	String delete(Actor actor, @PathVariable long setId, RedirectAttributes redirect) {
		FactorSetSummary set = this.factorSets.factorSet(setId);
		this.factorSets.delete(actor, setId);
		redirect.addFlashAttribute("flashSuccess", message("factorSet.deleted", set.name(), set.version()));
		return "redirect:/app/admin/factor-sets";
	}

	@GetMapping("/upload")
	String uploadForm(Actor actor, Model model) {
		requireAdmin(actor);
		model.addAttribute("form", new UploadForm(null, null, null, Approach.IPCC, EmissionUnit.CO2, false));
		return upload(model);
	}

	@PostMapping("/upload")
	String preview(Actor actor, UploadForm form, @RequestParam(required = false) MultipartFile file, Model model)
			throws IOException {
		requireAdmin(actor);
		model.addAttribute("form", form);
		if (file == null || file.isEmpty()) {
			model.addAttribute("flashError", message("factorSet.upload.noFile"));
			return upload(model);
		}
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		try {
			model.addAttribute("preview", this.factorSets.preview(actor, form.draft(), csv));
			model.addAttribute("csv", csv);
		}
		catch (InvalidInput ex) {
			fieldErrors(model, ex);
		}
		return upload(model);
	}

	@PostMapping("/upload/confirm")
	String confirm(Actor actor, UploadForm form, @RequestParam String csv, Model model, RedirectAttributes redirect) {
		requireAdmin(actor);
		try {
			FactorSetSummary stored = this.factorSets.create(actor, form.draft(), csv);
			redirect.addFlashAttribute("flashSuccess",
					message("factorSet.upload.stored", stored.name(), stored.version()));
			return "redirect:/app/admin/factor-sets/" + stored.id();
		}
		catch (FactorSetUploadRejected ex) {
			model.addAttribute("preview", ex.result());
			model.addAttribute("csv", csv);
		}
		catch (InvalidInput ex) {
			fieldErrors(model, ex);
		}
		model.addAttribute("form", form);
		return upload(model);
	}

	private String upload(Model model) {
		model.addAttribute("names",
				this.factorSets.factorSets().stream().map(FactorSetSummary::name).distinct().toList());
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("units", EmissionUnit.values());
		return UPLOAD;
	}

	private void fieldErrors(Model model, InvalidInput ex) {
		Map<String, String> errors = new java.util.LinkedHashMap<>();
		ex.violations().forEach((v) -> errors.putIfAbsent(v.field(), message(v.code(), v.arguments())));
		model.addAttribute("fieldErrors", errors);
		model.addAttribute("flashError", message("factorSet.upload.fixFields"));
	}

	private static List<FuelRow> fuels(FactorSet factors) {
		List<FuelRow> rows = new ArrayList<>();
		for (Carrier carrier : Carrier.values()) {
			if (carrier.kind() == Carrier.Kind.FOSSIL || carrier.kind() == Carrier.Kind.RENEWABLE) {
				double factor = factors.fuelFactor(carrier);
				rows.add(new FuelRow(carrier, Double.isNaN(factor) ? null : BigDecimal.valueOf(factor)));
			}
		}
		return rows;
	}

	private static void requireAdmin(Actor actor) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
	}

	private String message(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

	/** The description fields of the upload form. */
	record UploadForm(String name, String source, String notes, Approach approach, EmissionUnit unit,
			Boolean makeDefault) {

		FactorSetDraft draft() {
			return new FactorSetDraft(this.name, this.source, this.notes, this.approach, this.unit,
					Boolean.TRUE.equals(this.makeDefault));
		}

	}

	/** A fuel carrier and its factor (t/MWh), {@code null} when the set has none. */
	record FuelRow(Carrier carrier, BigDecimal factor) {
	}

	/**
	 * National electricity factors as a table: a row per country, a column per year.
	 */
	record Electricity(List<Integer> years, List<CountryRow> rows) {

		static Electricity of(Map<String, NavigableMap<Integer, Double>> factors) {
			TreeSet<Integer> years = new TreeSet<>();
			factors.values().forEach((byYear) -> years.addAll(byYear.keySet()));
			List<CountryRow> rows = new ArrayList<>();
			factors.forEach((country, byYear) -> {
				List<BigDecimal> values = new ArrayList<>();
				for (Integer year : years) {
					Double factor = byYear.get(year);
					values.add((factor != null) ? BigDecimal.valueOf(factor) : null);
				}
				rows.add(new CountryRow(country, values));
			});
			return new Electricity(List.copyOf(years), rows);
		}

	}

	/** One country's factors in the order of {@link Electricity#years()}. */
	record CountryRow(String country, List<BigDecimal> factors) {
	}

}
