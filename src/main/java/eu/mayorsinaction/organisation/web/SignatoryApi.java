package eu.mayorsinaction.organisation.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryImport;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/signatories")
@Tag(name = "Signatories", description = "Municipalities that signed the Covenant, their commitments and supporters")
class SignatoryApi {

	private final OrganisationManagement organisations;

	SignatoryApi(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "List the signatories you may see, filtered, sorted and paged")
	PageResult<SignatoryView> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) String country, @RequestParam(required = false) SignatoryStatus status,
			@RequestParam(required = false) Long supporterId,
			@Parameter(
					description = "name, country, population, adhesion or status; prefix - for descending") @RequestParam(
							required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.organisations.findSignatories(actor, new SignatoryQuery(q, country, status, supporterId, sort),
				page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One signatory")
	SignatoryView get(Actor actor, @PathVariable long id) {
		return this.organisations.getSignatory(actor, new SignatoryId(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a signatory, supported from today by one of your organisations")
	SignatoryView create(Actor actor, @Valid @RequestBody SignatoryData signatory, @Parameter(
			description = "id of your organisation that supports the signatory (optional for platform admins)") @RequestParam(
					required = false) Long supportedBy) {
		return this.organisations.createSignatory(actor, signatory,
				(supportedBy != null) ? new OrganisationId(supportedBy) : null);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a signatory; send the version you read (409 if someone saved in between)")
	SignatoryView update(Actor actor, @PathVariable long id, @Valid @RequestBody SignatoryData signatory) {
		return this.organisations.updateSignatory(actor, new SignatoryId(id), signatory);
	}

	@GetMapping("/{id}/commitments")
	@Operation(summary = "The signatory's commitments, the current one first")
	List<CommitmentView> commitments(Actor actor, @PathVariable long id) {
		return this.organisations.commitments(actor, new SignatoryId(id));
	}

	@PostMapping("/{id}/commitments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a commitment (a renewal adds one; older ones stay on record)")
	CommitmentView addCommitment(Actor actor, @PathVariable long id, @Valid @RequestBody CommitmentData commitment) {
		return this.organisations.addCommitment(actor, new SignatoryId(id), commitment);
	}

	@GetMapping("/{id}/supporters")
	@Operation(summary = "The coordinators and supporters of the signatory, past and present")
	List<SupportView> supporters(Actor actor, @PathVariable long id) {
		return this.organisations.supportersOf(actor, new SignatoryId(id));
	}

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import many signatories from CSV: a preview by default, all-or-nothing with commit=true",
			description = "Columns: name,country,region,population,population_year,population_source,area_km2,"
					+ "latitude,longitude,adhesion_date,status,joint_plan_group (UTF-8; name and country required)")
	ResponseEntity<ImportAnswer> importCsv(Actor actor, @RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Long supportedBy, @RequestParam(defaultValue = "false") boolean commit)
			throws IOException {
		String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
		OrganisationId supporter = (supportedBy != null) ? new OrganisationId(supportedBy) : null;
		if (!commit) {
			SignatoryImport preview = this.organisations.previewSignatoryImport(actor, csv, supporter);
			return ResponseEntity
				.ok(new ImportAnswer(false, preview.rows().size(), preview.rows(), List.of(), preview.errors()));
		}
		List<SignatoryView> stored = this.organisations.importSignatories(actor, csv, supporter);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new ImportAnswer(true, stored.size(), List.of(), stored, List.of()));
	}

	/**
	 * What an import answers: the rows read (preview) or stored (commit), and the
	 * problems found.
	 */
	record ImportAnswer(boolean stored, int count, List<SignatoryData> preview, List<SignatoryView> signatories,
			List<SignatoryImport.RowError> errors) {
	}

}
