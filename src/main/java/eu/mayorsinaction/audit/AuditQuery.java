package eu.mayorsinaction.audit;

import java.time.LocalDate;

/**
 * Filters of the audit page; any may be {@code null}.
 *
 * @param action one action code, e.g. {@code UPDATE}
 * @param objectType one object type, e.g. {@code SIGNATORY}
 * @param actorUserId the account that acted
 * @param signatoryId the tenant the entries belong to
 * @param from first day (inclusive)
 * @param to last day (inclusive)
 * @param text words in the actor's name, the object's label, the detail or the values
 * @param person a user id, or part of the name of the person who acted
 */
public record AuditQuery(String action, String objectType, Long actorUserId, Long signatoryId, LocalDate from,
		LocalDate to, String text, String person) {

	public AuditQuery(String action, String objectType, Long actorUserId, Long signatoryId, LocalDate from,
			LocalDate to, String text) {
		this(action, objectType, actorUserId, signatoryId, from, to, text, null);
	}

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null, null);
	}

}
