package eu.mayorsinaction.inventory.web;

import java.util.Locale;

import eu.mayorsinaction.inventory.InventoryQuality;
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
class QualityApi {

	private final InventoryQuality quality;

	private final MessageSource messages;

	QualityApi(InventoryQuality quality, MessageSource messages) {
		this.quality = quality;
		this.messages = messages;
	}

	@GetMapping("/api/v1/signatories/{id}/inventories/{inventoryId}/quality")
	@Operation(summary = "Data-quality findings of an inventory",
			description = "Coverage (at least 3 of the 4 key sectors: municipal = municipal buildings, public "
					+ "lighting and fleet; tertiary; residential; transport = public and private/commercial), "
					+ "completeness (population, key sectors without consumption, electricity without any "
					+ "electricity factor), plausibility (public lighting above 1 MWh/inhabitant, a sector changing "
					+ "more than 50 % since the previous inventory) and outliers: MWh/inhabitant per sector against "
					+ "the latest computed inventories of the other signatories of the country, robust z = 0.6745 × "
					+ "(x − median) / MAD, flagged when |z| > 3.5; fewer than 5 peers or MAD 0 give no judgement. "
					+ "Peer figures are aggregates only.")
	QualityResponse quality(Actor actor, @PathVariable long id, @PathVariable long inventoryId, Locale locale) {
		return QualityResponse.of(this.quality.quality(actor, new SignatoryId(id), inventoryId), this.messages, locale);
	}

}
