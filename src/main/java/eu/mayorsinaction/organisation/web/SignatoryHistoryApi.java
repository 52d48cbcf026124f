package eu.mayorsinaction.organisation.web;

import java.util.List;

import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Signatories", description = "Municipalities that signed the Covenant, their commitments and supporters")
class SignatoryHistoryApi {

	private final OrganisationManagement organisations;

	private final AuditManagement audit;

	SignatoryHistoryApi(OrganisationManagement organisations, AuditManagement audit) {
		this.organisations = organisations;
		this.audit = audit;
	}

	@GetMapping("/api/v1/signatories/{id}/history")
	@Operation(summary = "The signatory's history (its data, commitments, supporters and visits of people viewing"
			+ " the platform as it), newest first, with the values before and after each change")
	List<AuditEntryView> history(@Parameter(hidden = true) Actor actor, @PathVariable long id) {
		this.organisations.getSignatory(actor, new SignatoryId(id));
		return this.audit.historyOfSignatory(id);
	}

}
