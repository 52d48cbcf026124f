package eu.mayorsinaction.shared;

/**
 * The person may see the object but not do what they asked with it.
 */
public class Forbidden extends BusinessException {

	public Forbidden() {
		super("error.forbidden", 403);
	}

}
