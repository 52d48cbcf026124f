package eu.mayorsinaction.inventory.template;

import eu.mayorsinaction.shared.BusinessException;

/**
 * A file that is no readable SEAP template: corrupt, password-protected, too large, an
 * XML bomb, or a workbook without an inventory sheet. The code says which; nothing is
 * stored.
 */
public class TemplateUnreadable extends BusinessException {

	public static final String CORRUPT = "template.corrupt";

	public static final String ENCRYPTED = "template.encrypted";

	public static final String TOO_LARGE = "template.tooLarge";

	public static final String NO_INVENTORY = "template.noInventorySheet";

	public static final String EMPTY = "template.empty";

	public TemplateUnreadable(String code, Object... arguments) {
		super(code, 400, arguments);
	}

}
