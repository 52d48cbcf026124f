package eu.mayorsinaction.inventory.calculation;

import java.util.List;

import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.shared.BusinessException;

/**
 * A carrier is used but neither the factor set nor the inventory gives its factor: the
 * emissions cannot be computed (never counted as zero).
 */
public class MissingEmissionFactor extends BusinessException {

	private final Carrier carrier;

	private final String field;

	public MissingEmissionFactor(Carrier carrier, String field) {
		super("inventory.missingEmissionFactor", 422, carrier.name());
		this.carrier = carrier;
		this.field = field;
	}

	public Carrier carrier() {
		return this.carrier;
	}

	/** Where the carrier is used, e.g. {@code consumption[3].carrier}. */
	public String field() {
		return this.field;
	}

	@Override
	public List<Detail> details() {
		return List.of(new Detail(null, this.field, code(), List.of(arguments())));
	}

}
