package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

import eu.mayorsinaction.inventory.InventoryAlreadyExists;
import eu.mayorsinaction.inventory.InventoryTemplates;
import eu.mayorsinaction.inventory.InventoryTemplates.ImportedInventory;
import eu.mayorsinaction.inventory.template.TemplateFinding;
import eu.mayorsinaction.inventory.template.TemplateUnreadable;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * The SEAP template in the pages: upload, a preview of every inventory in the workbook
 * with what was skipped or doubtful, confirm; and the download of an inventory as a
 * filled template. Between preview and confirmation the workbook waits in the person's
 * session under a one-time token, so that what is confirmed is exactly what was shown.
 */
@Controller
@RequestMapping("/app/signatories/{id}/inventories")
class InventoryTemplateController {

	static final String VIEW = "inventory/template-import";

	private static final String PENDING = "inventory.templateImport.";

	private final InventoryTemplates templates;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	InventoryTemplateController(InventoryTemplates templates, OrganisationManagement organisations,
			MessageSource messages) {
		this.templates = templates;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** One inventory of the preview with its findings in the person's language. */
	record SheetPreview(ImportedInventory inventory, List<Line> findings, List<Line> invalid, String problem) {
	}

	/** A finding: the cell (or field) and what about it. */
	record Line(String cell, String message) {
	}

	/** A workbook waiting for confirmation, for one signatory. */
	record PendingImport(long signatoryId, String fileName, byte[] workbook) implements Serializable {
	}

	@GetMapping("/import")
	String form(Actor actor, @PathVariable long id, Model model) {
		model.addAttribute("signatory", editable(actor, id));
		return VIEW;
	}

	@PostMapping("/import")
	String preview(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			HttpSession session, Model model) throws IOException {
		model.addAttribute("signatory", editable(actor, id));
		if (file == null || file.isEmpty()) {
			model.addAttribute("flashError", message("template.noFile"));
			return VIEW;
		}
		byte[] workbook = file.getBytes();
		try {
			List<ImportedInventory> preview = this.templates.preview(actor, new SignatoryId(id), workbook);
			String token = UUID.randomUUID().toString();
			session.setAttribute(PENDING + token, new PendingImport(id, file.getOriginalFilename(), workbook));
			model.addAttribute("preview", previews(preview));
			model.addAttribute("token", token);
			model.addAttribute("fileName", file.getOriginalFilename());
		}
		catch (TemplateUnreadable ex) {
			model.addAttribute("flashError", message(ex.code(), ex.arguments()));
		}
		return VIEW;
	}

	@PostMapping("/import/confirm")
	String confirm(Actor actor, @PathVariable long id, @RequestParam String token, HttpSession session, Model model,
			RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		Object pending = session.getAttribute(PENDING + token);
		if (!(pending instanceof PendingImport upload) || upload.signatoryId() != id) {
			model.addAttribute("signatory", signatory);
			model.addAttribute("flashError", message("template.expired"));
			return VIEW;
		}
		try {
			List<ImportedInventory> stored = this.templates.commit(actor, new SignatoryId(id), upload.workbook());
			session.removeAttribute(PENDING + token);
			redirect.addFlashAttribute("flashSuccess", message("template.stored", stored.size()));
			return "redirect:/app/signatories/" + id + "/inventories";
		}
		catch (InventoryAlreadyExists | InvalidInput | TemplateUnreadable ex) {
			model.addAttribute("signatory", signatory);
			model.addAttribute("preview",
					previews(this.templates.preview(actor, new SignatoryId(id), upload.workbook())));
			model.addAttribute("token", token);
			model.addAttribute("fileName", upload.fileName());
			model.addAttribute("flashError", describe(ex));
			return VIEW;
		}
	}

	@GetMapping("/{inventoryId}/template.xls")
	ResponseEntity<byte[]> export(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		byte[] workbook = this.templates.export(actor, new SignatoryId(id), inventoryId);
		return ResponseEntity.ok()
			.contentType(InventoryTemplateApi.XLS)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("seap-inventory-" + inventoryId + ".xls")
						.build()
						.toString())
			.body(workbook);
	}

	private List<SheetPreview> previews(List<ImportedInventory> inventories) {
		return inventories.stream().map((inventory) -> {
			List<Line> findings = inventory.findings()
				.stream()
				.map((f) -> new Line(f.cell(), message(f.code(), labelled(f))))
				.toList();
			List<Line> invalid = (inventory.invalid() != null) ? inventory.invalid()
				.violations()
				.stream()
				.map((v) -> new Line(v.field(), message(v.code(), v.arguments())))
				.toList() : List.of();
			String problem = (inventory.problem() != null)
					? message(inventory.problem().code(), inventory.problem().arguments()) : null;
			return new SheetPreview(inventory, findings, invalid, problem);
		}).toList();
	}

	/**
	 * The finding's arguments, with the sector and carrier codes of a Table B difference
	 * given as their names in the person's language.
	 */
	private Object[] labelled(TemplateFinding finding) {
		Object[] arguments = finding.arguments().toArray();
		if ("template.tableBDifference".equals(finding.code())) {
			arguments[0] = message("inventory.sector." + arguments[0]);
			arguments[1] = message("inventory.carrier." + arguments[1]);
		}
		return arguments;
	}

	private SignatoryView editable(Actor actor, long id) {
		SignatoryId signatory = new SignatoryId(id);
		SignatoryView view = this.organisations.getSignatory(actor, signatory);
		if (!this.organisations.canEditSignatory(actor, signatory)) {
			throw new Forbidden();
		}
		return view;
	}

	private String describe(BusinessException ex) {
		if (ex instanceof InvalidInput invalid && !invalid.violations().isEmpty()) {
			InvalidInput.FieldViolation first = invalid.violations().get(0);
			return first.field() + ": " + message(first.code(), first.arguments());
		}
		return message(ex.code(), ex.arguments());
	}

	private String message(String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, LocaleContextHolder.getLocale());
	}

}
