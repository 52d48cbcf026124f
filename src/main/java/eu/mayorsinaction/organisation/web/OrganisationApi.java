package eu.mayorsinaction.organisation.web;

import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SupportView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Organisations", description = "Covenant Coordinators and Supporters, and whom they support")
class OrganisationApi {

	private final OrganisationManagement organisations;

	OrganisationApi(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	@GetMapping
	@Operation(summary = "List the organisations you may see")
	PageResult<OrganisationView> list(Actor actor, @RequestParam(required = false) String q,
			@RequestParam(required = false) OrganisationKind kind, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.organisations.findOrganisations(actor, q, kind, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One organisation")
	OrganisationView get(Actor actor, @PathVariable long id) {
		return this.organisations.getOrganisation(actor, new OrganisationId(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a coordinator or supporter (platform admins)")
	OrganisationView create(Actor actor, @Valid @RequestBody OrganisationData organisation) {
		return this.organisations.createOrganisation(actor, organisation);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change an organisation (its admins); send the version you read")
	OrganisationView update(Actor actor, @PathVariable long id, @Valid @RequestBody OrganisationData organisation) {
		return this.organisations.updateOrganisation(actor, new OrganisationId(id), organisation);
	}

	@GetMapping("/{id}/supports")
	@Operation(summary = "The signatories this organisation supports or supported")
	List<SupportView> supports(Actor actor, @PathVariable long id) {
		return this.organisations.supportedBy(actor, new OrganisationId(id));
	}

	@PostMapping("/{id}/supports")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start supporting a signatory (from today unless 'since' is given)")
	SupportView addSupport(Actor actor, @PathVariable long id, @Valid @RequestBody NewSupport support) {
		return this.organisations.addSupport(actor, new OrganisationId(id), new SignatoryId(support.signatoryId()),
				support.since());
	}

	@PostMapping("/{id}/supports/{supportId}/end")
	@Operation(summary = "End a support relation (today unless 'until' is given); it stays on record")
	SupportView endSupport(Actor actor, @PathVariable long id, @PathVariable long supportId,
			@RequestBody(required = false) EndSupport end) {
		return this.organisations.endSupport(actor, new OrganisationId(id), supportId,
				(end != null) ? end.until() : null);
	}

	record NewSupport(@NotNull Long signatoryId, LocalDate since) {
	}

	record EndSupport(LocalDate until) {
	}

}
