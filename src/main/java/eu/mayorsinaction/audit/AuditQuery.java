package eu.mayorsinaction.audit;

import java.time.LocalDate;

/**
 * Filters of the audit page; any may be {@code null}.
 */
public record AuditQuery(String action, String objectType, Long actorUserId, Long signatoryId, LocalDate from,
		LocalDate to, String text) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null, null, null);
	}

}
