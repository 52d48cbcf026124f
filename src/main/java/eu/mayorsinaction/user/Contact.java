package eu.mayorsinaction.user;

import java.util.Set;

/**
 * A person to notify, in their preferred language.
 *
 * @param editorOf the signatories (among those asked about) they hold an editor role on
 * @param staffOf the organisations (among those asked about) they are staff or admin of
 */
public record Contact(long userId, String email, String displayName, String language, Set<Long> editorOf,
		Set<Long> staffOf) {

	public Contact {
		editorOf = Set.copyOf(editorOf);
		staffOf = Set.copyOf(staffOf);
	}

}
