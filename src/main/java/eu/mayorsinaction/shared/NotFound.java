package eu.mayorsinaction.shared;

/**
 * Something does not exist, or exists for another tenant only: both answer the same, so
 * that nobody learns of another tenant's data.
 */
public abstract class NotFound extends BusinessException {

	protected NotFound(String code, Object... arguments) {
		super(code, 404, arguments);
	}

}
