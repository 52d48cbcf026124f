package eu.mayorsinaction.inventory;

import java.util.List;

import eu.mayorsinaction.shared.BusinessException;

/**
 * A factor set CSV with errors was asked to be stored: nothing was stored.
 */
public class FactorSetUploadRejected extends BusinessException {

	private final transient FactorSetUpload result;

	public FactorSetUploadRejected(FactorSetUpload result) {
		super("factorSet.upload.rejected", 400, result.errors().size());
		this.result = result;
	}

	@Override
	public List<Detail> details() {
		return this.result.errors()
			.stream()
			.map((error) -> new Detail(error.line(), error.column(), error.code(), error.arguments()))
			.toList();
	}

	public FactorSetUpload result() {
		return this.result;
	}

}
