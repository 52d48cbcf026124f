package eu.mayorsinaction.inventory.web;

import java.util.Locale;

import eu.mayorsinaction.inventory.InventoryProgress;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Inventories")
class ProgressApi {

	private final InventoryProgress progress;

	private final MessageSource messages;

	ProgressApi(InventoryProgress progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	@GetMapping("/api/v1/signatories/{id}/inventories/progress")
	@Operation(summary = "The signatory's MEIs against its BEI and its current commitment",
			description = "Each computed MEI against the BEI (the only one, or the latest of several): the change "
					+ "by sector and by carrier in t CO2, in % and per inhabitant; the reduction achieved; the target "
					+ "level (BEI total or per-capita value × (1 − target %)) and the straight-line trajectory from the "
					+ "BEI year to the target year; whether each MEI is on track or behind and by how much; the "
					+ "reduction still needed. Drafts without a result are listed under notCompared with the reason. "
					+ "A per-capita commitment without the BEI's population gives no target but targetProblem "
					+ "progress.populationMissing.")
	ProgressResponse progress(Actor actor, @PathVariable long id, Locale locale) {
		return ProgressResponse.of(this.progress.progress(actor, new SignatoryId(id)), this.messages, locale);
	}

}
