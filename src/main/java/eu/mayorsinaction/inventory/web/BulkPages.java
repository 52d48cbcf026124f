package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.inventory.BulkCsv;
import eu.mayorsinaction.inventory.BulkJob;
import eu.mayorsinaction.inventory.InventoryBulkImport;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The bulk import page: the format, an upload, then the job's page whose progress bar
 * htmx polls every half second until the job ends (its result: the stored count, or the
 * row errors and the CSV report); and the export.
 */
@Controller
@RequestMapping("/app/inventories/bulk")
class BulkPages {

	static final String PAGE = "inventory/bulk";

	static final String JOB = "inventory/bulk-job";

	private final InventoryBulkImport bulk;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	BulkPages(InventoryBulkImport bulk, OrganisationManagement organisations, MessageSource messages) {
		this.bulk = bulk;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		return form(actor, model);
	}

	@PostMapping
	String upload(Actor actor, @RequestParam(required = false) MultipartFile file, Model model, Locale locale)
			throws IOException {
		requireImport(actor);
		try {
			String jobId = this.bulk.start(actor, (file != null) ? file.getBytes() : new byte[0]);
			return "redirect:/app/inventories/bulk/" + jobId;
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldViolation violation = ex.violations().get(0);
			model.addAttribute("flashError", this.messages.getMessage(violation.code(), violation.arguments(), locale));
			return form(actor, model);
		}
	}

	@GetMapping("/export")
	ResponseEntity<String> export(Actor actor, @RequestParam(required = false) Long organisation) {
		return BulkReport.download(this.bulk.export(actor, organisation), "inventories.csv");
	}

	@GetMapping("/{jobId}")
	String job(Actor actor, @PathVariable String jobId, Model model, Locale locale) {
		jobModel(actor, jobId, model, locale);
		return JOB;
	}

	@GetMapping("/{jobId}/progress")
	String progress(Actor actor, @PathVariable String jobId, Model model, Locale locale) {
		jobModel(actor, jobId, model, locale);
		return JOB + " :: progress";
	}

	@GetMapping("/{jobId}/errors.csv")
	ResponseEntity<String> errors(Actor actor, @PathVariable String jobId, Locale locale) {
		List<BulkReport.Line> lines = BulkReport.lines(this.bulk.errors(actor, jobId), this.messages, locale);
		return BulkReport.download(BulkReport.csv(lines, this.messages, locale), "bulk-import-errors.csv");
	}

	private String form(Actor actor, Model model) {
		requireImport(actor);
		model.addAttribute("columns", BulkCsv.COLUMNS);
		model.addAttribute("organisations", this.organisations.organisationsOf(actor));
		return PAGE;
	}

	private void jobModel(Actor actor, String jobId, Model model, Locale locale) {
		BulkJob job = this.bulk.job(actor, jobId);
		model.addAttribute("job", job);
		model.addAttribute("errors", (job.state() == BulkJob.State.FAILED)
				? BulkReport.lines(this.bulk.errors(actor, jobId), this.messages, locale).stream().limit(50).toList()
				: List.of());
	}

	private void requireImport(Actor actor) {
		if (!this.bulk.mayImport(actor)) {
			throw new Forbidden();
		}
	}

}
