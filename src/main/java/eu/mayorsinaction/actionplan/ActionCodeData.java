package eu.mayorsinaction.actionplan;

/**
 * A code-list entry the admin adds or renames. {@code code}: upper-case letters, digits
 * and underscores (ignored on a rename).
 */
public record ActionCodeData(ActionCodeList list, String code, String label, Boolean active) {

}
