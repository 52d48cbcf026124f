package eu.mayorsinaction.shared;

import java.util.List;

/**
 * An expected failure a person can cause: it carries a stable code (also the message key
 * of its translated text), the HTTP status it maps to and the arguments of its message.
 * Modules name their own failures as subclasses ({@code SignatoryNotFound}); the web
 * layer turns any of them into a translated page or problem detail.
 */
public abstract class BusinessException extends RuntimeException {

	private final String code;

	private final int status;

	private final transient List<Object> arguments;

	protected BusinessException(String code, int status, Object... arguments) {
		super(code);
		this.code = code;
		this.status = status;
		this.arguments = List.of(arguments);
	}

	public String code() {
		return this.code;
	}

	public int status() {
		return this.status;
	}

	public Object[] arguments() {
		return this.arguments.toArray();
	}

	/**
	 * Further facts for the problem detail of an API answer, e.g. the rows at fault of an
	 * import. A list of {@link Detail}s is translated by the web layer.
	 */
	public List<Detail> details() {
		return List.of();
	}

	/**
	 * One further fact: where (e.g. {@code line 4, column population}) and what, as a
	 * message key with arguments.
	 */
	public record Detail(Long line, String field, String code, List<Object> arguments) {
	}

}
