package eu.mayorsinaction.inventory.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.FactorSetManagement;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventorySummary;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.InventoryView;
import eu.mayorsinaction.inventory.NonEnergySector;
import eu.mayorsinaction.inventory.PlantType;
import eu.mayorsinaction.inventory.Provenance;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import eu.mayorsinaction.inventory.calculation.MissingEmissionFactor;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.EditConflict;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages for a signatory's emission inventories: the list, the entry form (Table A as a
 * grid with live totals from the engine, drafts, numbers in the person's language), one
 * inventory read-only, deletion.
 */
@Controller
@RequestMapping("/app/signatories/{id}/inventories")
class InventoryPages {

	static final String LIST = "inventory/inventories";

	static final String DETAIL = "inventory/inventory";

	static final String FORM = "inventory/inventory-form";

	static final String TOTALS = "inventory/inventory-totals :: totals";

	private final InventoryManagement inventories;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final FactorSetManagement factorSets;

	private final QualityPagesModel quality;

	InventoryPages(InventoryManagement inventories, OrganisationManagement organisations, MessageSource messages,
			FactorSetManagement factorSets, QualityPagesModel quality) {
		this.inventories = inventories;
		this.organisations = organisations;
		this.messages = messages;
		this.factorSets = factorSets;
		this.quality = quality;
	}

	/** A listed inventory with its per-capita figure (t/inhabitant, when known). */
	record Listed(InventorySummary summary, Double perCapita) {
	}

	@GetMapping
	String list(Actor actor, @PathVariable long id, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		List<Listed> listed = new ArrayList<>();
		for (InventorySummary summary : this.inventories.inventories(actor, signatoryId)) {
			listed.add(new Listed(summary, summary.perCapita()));
		}
		model.addAttribute("signatory", signatory);
		model.addAttribute("inventories", listed);
		model.addAttribute("numbers", page().numbers());
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatoryId));
		this.quality.list(actor, signatoryId, model);
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Actor actor, @PathVariable long id, Model model) {
		SignatoryView signatory = editable(actor, id);
		return form(model, page(), signatory, null, InventoryForm.blank(), null, Map.of(), List.of());
	}

	@PostMapping("/new")
	String create(Actor actor, @PathVariable long id, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		return save(actor, signatory, null, request, model, redirect);
	}

	@GetMapping("/{inventoryId:\\d+}")
	String detail(Actor actor, @PathVariable long id, @PathVariable long inventoryId, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		InventoryView inventory = this.inventories.inventory(actor, signatoryId, inventoryId);
		InventoryPagesModel page = page();
		model.addAttribute("signatory", signatory);
		model.addAttribute("inventory", inventory);
		boolean canEdit = this.organisations.canEditSignatory(actor, signatoryId);
		model.addAttribute("canEdit", canEdit);
		if (canEdit) {
			model.addAttribute("factorSets", this.factorSets.factorSets());
		}
		model.addAttribute("page", page);
		model.addAttribute("numbers", page.numbers());
		model.addAttribute("carriers", eu.mayorsinaction.inventory.Carrier.values());
		model.addAttribute("mwhRows", page.mwhRows(inventory.data()));
		model.addAttribute("sources", page.sources(inventory.data()));
		if (inventory.result() != null) {
			model.addAttribute("totals", page.totals(inventory.result()));
			model.addAttribute("tco2Rows", page.tco2Rows(inventory.result()));
		}
		if (inventory.problem() != null) {
			model.addAttribute("problem", page.failure(inventory.problem()));
		}
		this.quality.detail(actor, signatoryId, inventoryId, model);
		return DETAIL;
	}

	@GetMapping("/{inventoryId:\\d+}/edit")
	String editForm(Actor actor, @PathVariable long id, @PathVariable long inventoryId, Model model) {
		SignatoryView signatory = editable(actor, id);
		InventoryView inventory = this.inventories.inventory(actor, new SignatoryId(id), inventoryId);
		InventoryPagesModel page = page();
		InventoryForm form = InventoryForm.of(inventory.data(), inventory.summary().version(), page.numbers());
		return form(model, page, signatory, inventory, form, inventory.result(), Map.of(), List.of());
	}

	@PostMapping("/{inventoryId:\\d+}/edit")
	String edit(Actor actor, @PathVariable long id, @PathVariable long inventoryId, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		return save(actor, signatory, inventoryId, request, model, redirect);
	}

	/**
	 * "Recompute with set X": the explicit, audited action that computes a stored
	 * inventory with another factor set (or the same set again).
	 */
	@PostMapping("/{inventoryId:\\d+}/recompute")
	String recompute(Actor actor, @PathVariable long id, @PathVariable long inventoryId, @RequestParam long factorSetId,
			RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(id);
		editable(actor, id);
		InventoryPagesModel page = page();
		InventoryView before = this.inventories.inventory(actor, signatoryId, inventoryId);
		try {
			InventoryView after = this.inventories.recompute(actor, signatoryId, inventoryId, factorSetId);
			redirect.addFlashAttribute("flashSuccess",
					page.message("inventory.recompute.done", after.summary().factorSetName(),
							page.numbers().format(after.summary().totalTco2(), 2),
							(before.summary().totalTco2() != null)
									? page.numbers().format(before.summary().totalTco2(), 2) : "–"));
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("flashError", page.message(ex.code(), ex.arguments()));
		}
		return "redirect:/app/signatories/" + id + "/inventories/" + inventoryId;
	}

	@PostMapping("/{inventoryId:\\d+}/delete")
	String delete(Actor actor, @PathVariable long id, @PathVariable long inventoryId, RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(id);
		editable(actor, id);
		InventoryView inventory = this.inventories.inventory(actor, signatoryId, inventoryId);
		this.inventories.deleteInventory(actor, signatoryId, inventoryId);
		InventoryPagesModel page = page();
		redirect.addFlashAttribute("flashSuccess", page.message("inventory.deleted", inventory.summary().type().name(),
				String.valueOf(inventory.summary().year())));
		return "redirect:/app/signatories/" + id + "/inventories";
	}

	/**
	 * The live totals of the form as typed, computed by the engine and stored nowhere: a
	 * fragment for htmx.
	 */
	@PostMapping("/preview")
	String preview(Actor actor, @PathVariable long id, HttpServletRequest request, Model model) {
		SignatoryView signatory = this.organisations.getSignatory(actor, new SignatoryId(id));
		InventoryPagesModel page = page();
		InventoryForm form = InventoryForm.read(request.getParameterMap());
		InventoryForm.Parsed parsed = form.parse(page.numbers(), page);
		model.addAttribute("preview", true);
		if (!parsed.ok()) {
			model.addAttribute("problems", new ArrayList<>(parsed.errors.values()));
			return TOTALS;
		}
		try {
			InventoryResult result = this.inventories.calculate(parsed.input(signatory.country()));
			model.addAttribute("totals", page.totals(result));
		}
		catch (BusinessException ex) {
			model.addAttribute("problems", List.of(page.failure(ex)));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("problems", List.of(page.message("inventory.totals.fixCells")));
		}
		return TOTALS;
	}

	private String save(Actor actor, SignatoryView signatory, Long inventoryId, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(signatory.id());
		InventoryPagesModel page = page();
		InventoryForm form = InventoryForm.read(request.getParameterMap());
		InventoryView stored = (inventoryId != null) ? this.inventories.inventory(actor, signatoryId, inventoryId)
				: null;
		if (request.getParameter("addPlant") != null) {
			form.addPlantRow();
			return form(model, page, signatory, stored, form, null, Map.of(), List.of());
		}
		boolean draft = "draft".equals(request.getParameter("action"));
		InventoryForm.Parsed parsed = form.parse(page.numbers(), page);
		if (!parsed.ok()) {
			return form(model, page, signatory, stored, form, null, parsed.errors,
					List.of(page.message("inventory.form.errors")));
		}
		InventoryData data = parsed.data;
		try {
			InventoryView saved;
			if (draft) {
				saved = this.inventories.saveDraft(actor, signatoryId, inventoryId, data);
			}
			else if (inventoryId == null) {
				saved = this.inventories.createInventory(actor, signatoryId, data);
			}
			else {
				saved = this.inventories.updateInventory(actor, signatoryId, inventoryId, data);
			}
			redirect.addFlashAttribute("flashSuccess",
					page.message(saved.computed() && !draft ? "inventory.saved" : "inventory.draftSaved",
							saved.summary().type().name(), String.valueOf(saved.summary().year())));
			return "redirect:/app/signatories/" + signatory.id() + "/inventories/" + saved.summary().id();
		}
		catch (InvalidInput ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			List<String> global = new ArrayList<>();
			global.add(page.message("inventory.form.errors"));
			for (InvalidInput.FieldViolation violation : ex.violations()) {
				String field = parsed.pageField(violation.field());
				String text = page.failure(violation.code(), violation.arguments());
				if (field != null) {
					errors.merge(field, text, (a, b) -> a + " " + b);
				}
				else {
					global.add(text);
				}
			}
			return form(model, page, signatory, stored, form, null, errors, global);
		}
		catch (EditConflict ex) {
			// The person's input stays in the form; what is stored now is shown beside
			// it.
			InventoryView current = this.inventories.inventory(actor, signatoryId, inventoryId);
			form.version = String.valueOf(current.summary().version());
			model.addAttribute("conflict", current);
			InventoryForm now = InventoryForm.of(current.data(), current.summary().version(), page.numbers());
			model.addAttribute("conflictForm", now);
			model.addAttribute("conflictCells", page.cells(now));
			return form(model, page, signatory, current, form, null, Map.of(),
					List.of(page.message("error.editConflict")));
		}
		catch (Forbidden ex) {
			throw ex;
		}
		catch (BusinessException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			if (ex instanceof MissingEmissionFactor missing) {
				String field = parsed.pageField(missing.field());
				if (field != null) {
					errors.put(field, page.failure(ex));
				}
			}
			return form(model, page, signatory, stored, form, null, errors, List.of(page.failure(ex)));
		}
	}

	private String form(Model model, InventoryPagesModel page, SignatoryView signatory, InventoryView stored,
			InventoryForm form, InventoryResult result, Map<String, String> errors, List<String> globalErrors) {
		model.addAttribute("signatory", signatory);
		model.addAttribute("inventoryId", (stored != null) ? stored.summary().id() : null);
		model.addAttribute("stored", stored);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("globalErrors", globalErrors);
		model.addAttribute("columns", page.columns(
				(stored != null) ? stored.factorSet() : this.inventories.standardFactorSet(), result, form, errors));
		List<InventoryPagesModel.Row> rows = page.rows(form, errors);
		model.addAttribute("rows", rows);
		model.addAttribute("optionalOpen",
				rows.stream().anyMatch((row) -> !row.core() && row.cells().stream().anyMatch((cell) -> cell.filled())));
		model.addAttribute("types", InventoryType.values());
		model.addAttribute("approaches", Approach.values());
		model.addAttribute("units", EmissionUnit.values());
		model.addAttribute("plantTypes", PlantType.values());
		model.addAttribute("nonEnergySectors", NonEnergySector.values());
		model.addAttribute("provenances", Provenance.values());
		model.addAttribute("numbers", page.numbers());
		if (result != null) {
			model.addAttribute("totals", page.totals(result));
		}
		return FORM;
	}

	private SignatoryView editable(Actor actor, long id) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		return signatory;
	}

	private InventoryPagesModel page() {
		return new InventoryPagesModel(this.messages, LocaleContextHolder.getLocale());
	}

}
