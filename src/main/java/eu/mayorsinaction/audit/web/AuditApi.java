package eu.mayorsinaction.audit.web;

import java.time.LocalDate;

import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.audit.AuditQuery;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for programs of platform admins.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit trail", description = "Who changed what and when; platform administrators only")
class AuditApi {

	private final AuditManagement audit;

	AuditApi(AuditManagement audit) {
		this.audit = audit;
	}

	@GetMapping
	@Operation(summary = "The audit trail, newest first, filtered and paged")
	@ApiResponse(responseCode = "403", description = "The caller is not a platform administrator")
	PageResult<AuditEntryView> list(@Parameter(hidden = true) Actor actor,
			@Parameter(description = "an action code, e.g. UPDATE or VIEW_AS_STARTED") @RequestParam(
					required = false) String action,
			@Parameter(description = "an object type, e.g. SIGNATORY") @RequestParam(
					required = false) String objectType,
			@Parameter(description = "the account that acted") @RequestParam(required = false) Long actorUserId,
			@Parameter(description = "a user id, or part of the name of the person who acted") @RequestParam(
					required = false) String person,
			@Parameter(description = "entries of this signatory only") @RequestParam(required = false) Long signatoryId,
			@Parameter(description = "first day, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "last day, inclusive") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "words in names, labels, details or values") @RequestParam(
					required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		AuditQuery query = new AuditQuery(AuditController.blankToNull(action), AuditController.blankToNull(objectType),
				actorUserId, signatoryId, from, to, AuditController.blankToNull(q),
				AuditController.blankToNull(person));
		return this.audit.find(actor, query, page, size);
	}

}
