package eu.mayorsinaction.actionplan;

/**
 * An entry of a code list. A seeded entry has no label of its own: its label is the
 * message {@link #labelKey()}; an entry the admin added keeps the label as typed.
 */
public record ActionCodeView(long id, ActionCodeList list, String code, String label, boolean active) {

	/** The message key of a seeded entry's label. */
	public String labelKey() {
		return "actiondetails.code." + this.list.name() + "." + this.code;
	}

}
