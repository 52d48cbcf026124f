package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryTemplates;
import eu.mayorsinaction.inventory.InventoryTemplates.ImportedInventory;
import eu.mayorsinaction.inventory.InventoryType;
import eu.mayorsinaction.inventory.template.TemplateFinding;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/signatories/{id}/inventories")
@Tag(name = "Inventories")
class InventoryTemplateApi {

	static final MediaType XLS = MediaType.parseMediaType("application/vnd.ms-excel");

	private final InventoryTemplates templates;

	private final MessageSource messages;

	InventoryTemplateApi(InventoryTemplates templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import the Covenant's SEAP template (.xls or .xlsx): a preview, or stored with commit=true",
			description = "Reads every inventory sheet with data (found by the row codes of column A, whatever the "
					+ "language or sheet names): the first as the BEI, the second as an MEI. The preview lists every "
					+ "value (the calculation endpoint's field names), what was skipped or doubtful, the platform's "
					+ "computation and where the sheet's own Table B differs from it. commit=true stores them all "
					+ "(computed, or as drafts when they cannot be computed yet) or none. A corrupt, encrypted, "
					+ "oversized (> 20 MB) or wrong workbook answers 400 with its code; nothing is stored.")
	ResponseEntity<ImportAnswer> importTemplate(Actor actor, @PathVariable long id,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean commit) throws IOException {
		SignatoryId signatory = new SignatoryId(id);
		// Without a file the access check still comes first (404/403), then "empty".
		byte[] workbook = (file != null) ? file.getBytes() : new byte[0];
		List<ImportedInventory> inventories = commit ? this.templates.commit(actor, signatory, workbook)
				: this.templates.preview(actor, signatory, workbook);
		Locale locale = LocaleContextHolder.getLocale();
		List<ImportedSheet> sheets = inventories.stream().map((inventory) -> sheet(inventory, locale)).toList();
		return ResponseEntity.status(commit ? HttpStatus.CREATED : HttpStatus.OK)
			.body(new ImportAnswer(commit, sheets));
	}

	@GetMapping("/{inventoryId}/export")
	@Operation(summary = "The inventory in a copy of the SEAP template (.xls)",
			description = "A BEI fills the first inventory sheet, an MEI the second; Table B and the factor row "
					+ "M550 hold the platform's computation. Importing the file again reproduces every number.")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		byte[] workbook = this.templates.export(actor, new SignatoryId(id), inventoryId);
		return ResponseEntity.ok()
			.contentType(XLS)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("seap-inventory-" + inventoryId + ".xls")
						.build()
						.toString())
			.body(workbook);
	}

	private ImportedSheet sheet(ImportedInventory inventory, Locale locale) {
		InventoryData data = inventory.sheet().inventory();
		List<Finding> findings = inventory.findings()
			.stream()
			.map((finding) -> new Finding(finding.sheet(), finding.cell(), finding.code(),
					this.messages.getMessage(finding.code(), labelled(finding, locale), finding.code(), locale)))
			.toList();
		List<Finding> invalid = (inventory.invalid() != null) ? inventory.invalid()
			.violations()
			.stream()
			.map((violation) -> new Finding(inventory.sheet().sheetName(), violation.field(), violation.code(),
					this.messages.getMessage(violation.code(), violation.arguments(), violation.code(), locale)))
			.toList() : List.of();
		BusinessException problem = inventory.problem();
		return new ImportedSheet(inventory.sheet().sheetName(), data.type(), data.year(), data.approach(), data.unit(),
				data.population(), data.nationalElectricityFactor(), data.heatFactor(), data.ownFactors(),
				data.consumption(), data.greenElectricity(), data.localElectricity(), data.nonEnergy(), findings,
				invalid,
				(problem != null)
						? new Finding(inventory.sheet().sheetName(), null, problem.code(),
								this.messages.getMessage(problem.code(), problem.arguments(), problem.code(), locale))
						: null,
				(inventory.result() != null) ? CalculationResponse.of(inventory.result()) : null,
				(inventory.stored() != null) ? inventory.stored().summary().id() : null);
	}

	/**
	 * The finding's arguments, with the sector and carrier codes of a Table B difference
	 * given as their names in the person's language.
	 */
	private Object[] labelled(TemplateFinding finding, Locale locale) {
		Object[] arguments = finding.arguments().toArray();
		if ("template.tableBDifference".equals(finding.code())) {
			arguments[0] = this.messages.getMessage("inventory.sector." + arguments[0], null, locale);
			arguments[1] = this.messages.getMessage("inventory.carrier." + arguments[1], null, locale);
		}
		return arguments;
	}

	record ImportAnswer(@Schema(description = "whether the inventories were stored") boolean stored,
			List<ImportedSheet> inventories) {
	}

	@Schema(description = "One inventory of the workbook: its values, findings and the platform's computation")
	record ImportedSheet(String sheet, InventoryType type, Integer year, Approach approach, EmissionUnit unit,
			Integer population, Double nationalElectricityFactor, Double heatFactor,
			@Schema(description = "the sheet's factor row M550, used as the inventory's own factors") Map<Carrier, Double> ownFactors,
			List<InventoryData.ConsumptionRow> consumption, InventoryData.GreenRow greenElectricity,
			List<InventoryData.PlantRow> localElectricity, List<InventoryData.NonEnergyRow> nonEnergy,
			@Schema(description = "values skipped or doubtful, and differences from the sheet's Table B") List<Finding> findings,
			@Schema(description = "what keeps it from being stored (e.g. no inventory year)") List<Finding> invalid,
			@Schema(description = "why it cannot be computed yet: stored as a draft") Finding problem,
			CalculationResponse result, @Schema(description = "the stored inventory (commit=true)") Long inventoryId) {
	}

	record Finding(String sheet, String cell, String code, String message) {
	}

}
