package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import eu.mayorsinaction.inventory.BulkJob;
import eu.mayorsinaction.inventory.InventoryBulkImport;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/inventories/bulk")
@Tag(name = "Inventories")
class BulkApi {

	static final String FORMAT = "Long CSV format (UTF-8, comma-separated, a header row, one row per value): "
			+ "signatory_id (the platform id; required), inventory_type (BEI|MEI; required), inventory_year "
			+ "(1990 to this year; required), population (optional; where given, the same on every row of one "
			+ "inventory), sector (a Table A sector code such as RESIDENTIAL_BUILDINGS, or WASTE / WASTEWATER / "
			+ "OTHER_NON_ENERGY; required), carrier (a Table A carrier code such as ELECTRICITY; empty on non-energy "
			+ "rows), mwh (energy rows, MWh, zero or more, decimal point), tco2 (non-energy rows, t CO2, zero or "
			+ "more, decimal point), provenance (MEASURED|ESTIMATED|DEFAULT|IMPORTED; optional). Example:\n\n"
			+ "signatory_id,inventory_type,inventory_year,population,sector,carrier,mwh,tco2,provenance\n"
			+ "42,BEI,2008,27000,RESIDENTIAL_BUILDINGS,NATURAL_GAS,1000.5,,MEASURED\n"
			+ "42,BEI,2008,27000,WASTE,,,250,\n";

	private final InventoryBulkImport bulk;

	private final MessageSource messages;

	BulkApi(InventoryBulkImport bulk, MessageSource messages) {
		this.bulk = bulk;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Start a bulk import of many signatories' inventories (multipart file)",
			description = FORMAT + "\nAll or nothing: every row is checked first (a signatory the caller may not "
					+ "edit, bad codes or numbers, a year out of range, a cell twice, a differing population, an "
					+ "inventory that already exists are row errors); with any error nothing is stored and the job "
					+ "ends FAILED with its report, else every inventory is stored in one transaction (computed with "
					+ "the default factor set, or as a draft when it cannot be computed yet). Answers 202 with the "
					+ "job's id; follow it at GET /api/v1/inventories/bulk/{jobId}.")
	ResponseEntity<Started> upload(Actor actor, @RequestPart(name = "file", required = false) MultipartFile file)
			throws IOException {
		return started(this.bulk.start(actor, (file != null) ? file.getBytes() : new byte[0]));
	}

	@PostMapping(consumes = "text/csv")
	@Operation(summary = "Start a bulk import of many signatories' inventories (text/csv body)",
			description = FORMAT + "\nThe same as the multipart upload, with the file as the request body.")
	ResponseEntity<Started> uploadBody(Actor actor, @RequestBody(required = false) byte[] csv) {
		return started(this.bulk.start(actor, csv));
	}

	@GetMapping("/{jobId}")
	@Operation(summary = "The state of a bulk import job",
			description = "RUNNING, DONE or FAILED; rows read (checked) and stored out of the total, inventories "
					+ "stored, and the row errors in the caller's language (the first 1000). Only the person who "
					+ "started the job sees it (404 for anyone else).")
	JobResponse job(Actor actor, @PathVariable String jobId) {
		BulkJob job = this.bulk.job(actor, jobId);
		Locale locale = LocaleContextHolder.getLocale();
		List<BulkReport.Line> errors = (job.errorCount() > 0)
				? BulkReport.lines(this.bulk.errors(actor, jobId), this.messages, locale) : List.of();
		return new JobResponse(job.id(), job.state(), job.percent(), job.rowsTotal(), job.rowsRead(), job.rowsStored(),
				job.inventoriesTotal(), job.inventoriesStored(), job.errorCount(), errors);
	}

	@GetMapping(path = "/{jobId}/errors.csv", produces = "text/csv")
	@Operation(summary = "The row-error report of a bulk import job (CSV: line, column, value, message)")
	ResponseEntity<String> errors(Actor actor, @PathVariable String jobId) {
		Locale locale = LocaleContextHolder.getLocale();
		List<BulkReport.Line> lines = BulkReport.lines(this.bulk.errors(actor, jobId), this.messages, locale);
		return BulkReport.download(BulkReport.csv(lines, this.messages, locale), "bulk-import-errors.csv");
	}

	@GetMapping(produces = "text/csv")
	@Operation(summary = "Export inventories in the bulk CSV format",
			description = "Every inventory of the signatories the caller may see, or with organisation=… of that "
					+ "organisation's supported signatories, in the long format of the bulk import (Table A, "
					+ "non-energy rows and population; local plants, heat, green electricity and own factors are not "
					+ "part of the format). Importing the file elsewhere (or after deleting the inventories) "
					+ "reproduces them.\n\n" + FORMAT)
	ResponseEntity<String> export(Actor actor, @RequestParam(required = false) Long organisation) {
		return BulkReport.download(this.bulk.export(actor, organisation), "inventories.csv");
	}

	private static ResponseEntity<Started> started(String jobId) {
		URI location = URI.create("/api/v1/inventories/bulk/" + jobId);
		return ResponseEntity.accepted().location(location).body(new Started(jobId, BulkJob.State.RUNNING, location));
	}

	record Started(@Schema(description = "the job's id") String jobId, BulkJob.State state,
			@Schema(description = "where to follow the job") URI status) {
	}

	@Schema(description = "A bulk import job")
	record JobResponse(String jobId, BulkJob.State state, @Schema(description = "0 to 100") int percent, int rowsTotal,
			@Schema(description = "rows checked") int rowsRead, int rowsStored, int inventoriesTotal,
			int inventoriesStored, int errorCount, List<BulkReport.Line> errors) {
	}

}
