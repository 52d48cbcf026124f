package eu.mayorsinaction.inventory.template;

import java.util.List;

/**
 * Something the import skipped or doubts, for the preview: where (sheet and cell, e.g.
 * {@code E29}) and what, as a message key with its arguments.
 */
public record TemplateFinding(String sheet, String cell, String code, List<Object> arguments) {

	public TemplateFinding {
		arguments = List.copyOf(arguments);
	}

}
