package eu.mayorsinaction.organisation;

import eu.mayorsinaction.shared.BusinessException;

/**
 * A CSV import with errors was asked to be stored: nothing was stored.
 */
public class SignatoryImportRejected extends BusinessException {

	private final transient SignatoryImport result;

	public SignatoryImportRejected(SignatoryImport result) {
		super("signatory.import.rejected", 400, result.errors().size());
		this.result = result;
	}

	@Override
	public java.util.List<Detail> details() {
		return this.result.errors()
			.stream()
			.map((error) -> new Detail(error.line(), error.column(), error.code(), error.arguments()))
			.toList();
	}

	public SignatoryImport result() {
		return this.result;
	}

}
