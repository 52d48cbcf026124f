package eu.mayorsinaction.inventory.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.mayorsinaction.inventory.Approach;
import eu.mayorsinaction.inventory.EmissionUnit;
import eu.mayorsinaction.inventory.FactorSetDraft;
import eu.mayorsinaction.inventory.FactorSetManagement;
import eu.mayorsinaction.inventory.FactorSetSummary;
import eu.mayorsinaction.inventory.FactorSetUpload;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/factor-sets")
@Tag(name = "Factor sets", description = "Emission factor sets (public reference data): versioned, never changed "
		+ "once stored; platform admins add them by CSV upload")
class FactorSetApi {

	private final FactorSetManagement factorSets;

	private final MessageSource messages;

	FactorSetApi(FactorSetManagement factorSets, MessageSource messages) {
		this.factorSets = factorSets;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Every factor set, by name, the latest version first")
	List<FactorSetResponse.Summary> list() {
		return this.factorSets.factorSets().stream().map(FactorSetResponse.Summary::of).toList();
	}

	@GetMapping("/{setId}")
	@Operation(summary = "One factor set with all its factors (t/MWh)")
	FactorSetResponse get(@PathVariable long setId) {
		return FactorSetResponse.of(this.factorSets.factorSet(setId), this.factorSets.factors(setId));
	}

	@GetMapping("/{setId}/csv")
	@Operation(summary = "One factor set's factors as the upload CSV, to edit and upload as the next version")
	ResponseEntity<String> csv(@PathVariable long setId) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(this.factorSets.csv(setId));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Upload a factor set as CSV (platform admin): a preview by default, stored with commit=true",
			description = "CSV (UTF-8) with the header kind,key,year,factor and one factor per row: "
					+ "fuel,NATURAL_GAS,,0.202 (t/MWh per fuel carrier) or electricity,IT,2013,0.344 (national "
					+ "factor per country and year; EU28 = EU average). A name that exists makes it the next version "
					+ "of that set. Any error stores nothing: the preview lists each with its line; with commit=true "
					+ "the answer is 400 factorSet.upload.rejected with the same errors.")
	ResponseEntity<FactorSetResponse.UploadAnswer> upload(Actor actor, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String name, @RequestParam(required = false) String source,
			@RequestParam(required = false) String notes, @RequestParam(required = false) Approach approach,
			@RequestParam(required = false) EmissionUnit unit,
			@RequestParam(defaultValue = "false") boolean makeDefault,
			@RequestParam(defaultValue = "false") boolean commit) throws IOException {
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		FactorSetDraft draft = new FactorSetDraft(name, source, notes, approach, unit, makeDefault);
		if (!commit) {
			FactorSetUpload preview = this.factorSets.preview(actor, draft, csv);
			return ResponseEntity.ok(new FactorSetResponse.UploadAnswer(false, preview.version(), preview.rows().size(),
					preview.rows(), null, problems(preview)));
		}
		FactorSetSummary stored = this.factorSets.create(actor, draft, csv);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new FactorSetResponse.UploadAnswer(true, stored.version(),
					stored.fuelFactors() + stored.electricityFactors(), List.of(), FactorSetResponse.Summary.of(stored),
					List.of()));
	}

	@PostMapping("/{setId}/default")
	@Operation(summary = "Make this the set new inventories get (platform admin)")
	FactorSetResponse.Summary makeDefault(Actor actor, @PathVariable long setId) {
		return FactorSetResponse.Summary.of(this.factorSets.makeDefault(actor, setId));
	}

	@DeleteMapping("/{setId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a set no inventory keeps (platform admin)",
			description = "A set in use or the default answers 409 factorSet.inUse.")
	void delete(Actor actor, @PathVariable long setId) {
		this.factorSets.delete(actor, setId);
	}

	private List<FactorSetResponse.RowProblem> problems(FactorSetUpload upload) {
		return upload.errors()
			.stream()
			.map((e) -> new FactorSetResponse.RowProblem(e.line(), e.column(), e.code(),
					this.messages.getMessage(e.code(), e.arguments().toArray(), e.code(),
							LocaleContextHolder.getLocale())))
			.toList();
	}

}
