package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Map;

import eu.mayorsinaction.inventory.InventoryData;
import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.InventoryReviewView;
import eu.mayorsinaction.inventory.InventoryReviews;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
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
@RequestMapping("/api/v1/signatories/{id}/inventories")
@Tag(name = "Inventories", description = "A signatory's baseline and monitoring emission inventories (BEI/MEI), "
		+ "computed on every save with the factor set each keeps (new ones get the default set)")
class InventoryApi {

	private final InventoryManagement inventories;

	private final InventoryReviews reviews;

	InventoryApi(InventoryManagement inventories, InventoryReviews reviews) {
		this.inventories = inventories;
		this.reviews = reviews;
	}

	@GetMapping
	@Operation(summary = "The signatory's inventories with their computed totals, the latest year first")
	List<InventoryResponse.Summary> list(Actor actor, @PathVariable long id) {
		SignatoryId signatory = new SignatoryId(id);
		Map<Long, InventoryReviewView> marks = this.reviews.marks(actor, signatory);
		return this.inventories.inventories(actor, signatory)
			.stream()
			.map((s) -> InventoryResponse.Summary.of(s, marks.get(s.id())))
			.toList();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Store an inventory, computed with the default factor set (which it keeps)",
			description = "One inventory per type and year (409 inventory.alreadyExists); bad input answers 400 "
					+ "naming each field, a missing factor or heat data 422; nothing is stored then. With "
					+ "draft=true it is stored as a draft even when it cannot be computed yet (problem says why).")
	InventoryResponse create(Actor actor, @PathVariable long id, @RequestBody InventoryData inventory,
			@RequestParam(defaultValue = "false") boolean draft) {
		SignatoryId signatory = new SignatoryId(id);
		return InventoryResponse.of(draft ? this.inventories.saveDraft(actor, signatory, null, inventory)
				: this.inventories.createInventory(actor, signatory, inventory));
	}

	@GetMapping("/{inventoryId}")
	@Operation(summary = "One inventory as entered, with its computation")
	InventoryResponse get(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		SignatoryId signatory = new SignatoryId(id);
		return InventoryResponse.of(this.inventories.inventory(actor, signatory, inventoryId),
				this.reviews.review(actor, signatory, inventoryId).orElse(null));
	}

	@PutMapping("/{inventoryId}")
	@Operation(summary = "Replace an inventory's data and compute it again",
			description = "Give the version read: another save since answers 409 error.editConflict. With "
					+ "draft=true it is kept as a draft even when it cannot be computed yet.")
	InventoryResponse update(Actor actor, @PathVariable long id, @PathVariable long inventoryId,
			@RequestBody InventoryData inventory, @RequestParam(defaultValue = "false") boolean draft) {
		SignatoryId signatory = new SignatoryId(id);
		return InventoryResponse.of(draft ? this.inventories.saveDraft(actor, signatory, inventoryId, inventory)
				: this.inventories.updateInventory(actor, signatory, inventoryId, inventory));
	}

	@DeleteMapping("/{inventoryId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an inventory")
	void delete(Actor actor, @PathVariable long id, @PathVariable long inventoryId) {
		this.inventories.deleteInventory(actor, new SignatoryId(id), inventoryId);
	}

	@PostMapping("/{inventoryId}/recompute")
	@Operation(summary = "Compute an inventory again with factor set X (default: the current default set)",
			description = "The inventory keeps set X from then on. Recorded in the audit trail (action RECOMPUTE) "
					+ "with the figures before and after and both sets' names. An unknown set answers 404 "
					+ "factorSet.notFound, a set for the other approach 422 inventory.factorSetForOtherApproach.")
	InventoryResponse recompute(Actor actor, @PathVariable long id, @PathVariable long inventoryId,
			@RequestParam(required = false) Long factorSetId) {
		SignatoryId signatory = new SignatoryId(id);
		return InventoryResponse
			.of((factorSetId != null) ? this.inventories.recompute(actor, signatory, inventoryId, factorSetId)
					: this.inventories.recompute(actor, signatory, inventoryId));
	}

}
