package eu.mayorsinaction.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the audit trail as pages and the API show it.
 *
 * @param viewingAsName the name of the signatory the person was viewing the platform as
 * when they acted (as recorded when the visit started), or {@code null}
 */
public record AuditEntryView(long id, Instant occurredAt, Long actorUserId, String actorName, Long viewingAsSignatoryId,
		String viewingAsName, String action, String objectType, Long objectId, String objectLabel, Long signatoryId,
		Long organisationId, Map<String, Object> before, Map<String, Object> after, String detail) {

	/** The fields whose value differs between before and after, in a stable order. */
	public List<Change> changes() {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			Object old = before.get(field);
			Object now = after.get(field);
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, old, now));
			}
		}
		return changes;
	}

	/** A field's value before and after. */
	public record Change(String field, Object before, Object after) {
	}

}
