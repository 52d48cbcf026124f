package eu.mayorsinaction.inventory.web;

import java.time.Clock;
import java.time.Year;

import eu.mayorsinaction.inventory.InventoryManagement;
import eu.mayorsinaction.inventory.calculation.InventoryResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/calculations")
@Tag(name = "Calculations", description = "Emission inventories computed as the Covenant of Mayors defines them")
class CalculationApi {

	private final InventoryManagement inventories;

	private final Clock clock = Clock.systemUTC();

	CalculationApi(InventoryManagement inventories) {
		this.inventories = inventories;
	}

	@PostMapping("/inventory")
	@Operation(summary = "Compute an emission inventory without storing it",
			description = "Emissions = MWh × factor per Table A cell, with the default factor set's fuel factors (at first IPCC 2006) (or the "
					+ "inventory's own), the local electricity factor EFE (net exporter when LPE + GEP > TCE), the "
					+ "national factor of the inventory year or the nearest year, the local heat factor EFH and the "
					+ "CHP split by reference efficiencies (90 % heat, 40 % electricity). A carrier without a factor "
					+ "or heat consumption without heat data answers 422 with the field at fault, and so does a per-capita "
					+ "commitment without a population.")
	CalculationResponse calculate(@RequestBody CalculationRequest request,
			@Parameter(description = "the factor set to compute with (GET /api/v1/factor-sets); default: the set new "
					+ "inventories get") @RequestParam(required = false) Long factorSetId) {
		InventoryResult result = this.inventories.calculate(request.toInput(Year.now(this.clock)), factorSetId);
		if (Boolean.TRUE.equals(request.perCapitaCommitment())) {
			result.requirePerCapita();
		}
		return CalculationResponse.of(result);
	}

}
