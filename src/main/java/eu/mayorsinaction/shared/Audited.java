package eu.mayorsinaction.shared;

import java.util.Map;

/**
 * Something worth recording in the audit trail happened: every module publishes this one
 * event for its changes (and the user module for sign-ins and role changes), and the
 * audit module stores it in the same transaction.
 *
 * @param actor who acted ({@code null} or anonymous for the system itself, e.g. the demo
 * loader)
 * @param action what happened: {@code CREATE}, {@code UPDATE}, {@code DELETE},
 * {@code SIGN_IN}, …
 * @param objectType what kind of object, e.g. {@code SIGNATORY}
 * @param objectId the object's id, if it has one
 * @param objectLabel a human-readable name of the object at that moment
 * @param signatoryId the tenant the object belongs to, if any
 * @param organisationId the organisation the object belongs to, if any
 * @param before the object's values before the change (empty for a creation)
 * @param after the object's values after the change (empty for a deletion)
 * @param detail a short free text, e.g. the reason of a failed sign-in
 */
public record Audited(Actor actor, String action, String objectType, Long objectId, String objectLabel,
		Long signatoryId, Long organisationId, Map<String, Object> before, Map<String, Object> after, String detail) {

	public Audited {
		before = (before == null) ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(before));
		after = (after == null) ? Map.of()
				: java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(after));
	}

	public static Audited created(Actor actor, String objectType, long objectId, String label, Long signatoryId,
			Long organisationId, Map<String, Object> after) {
		return new Audited(actor, "CREATE", objectType, objectId, label, signatoryId, organisationId, Map.of(), after,
				null);
	}

	public static Audited updated(Actor actor, String objectType, long objectId, String label, Long signatoryId,
			Long organisationId, Map<String, Object> before, Map<String, Object> after) {
		return new Audited(actor, "UPDATE", objectType, objectId, label, signatoryId, organisationId, before, after,
				null);
	}

}
