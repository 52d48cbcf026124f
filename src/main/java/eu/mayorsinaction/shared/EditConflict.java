package eu.mayorsinaction.shared;

/**
 * Someone else saved the same object since the person opened it: their change is not
 * overwritten.
 */
public class EditConflict extends BusinessException {

	public EditConflict() {
		super("error.editConflict", 409);
	}

}
