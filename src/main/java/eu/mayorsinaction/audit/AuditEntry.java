package eu.mayorsinaction.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("audit_entry")
class AuditEntry {

	@Id
	Long id;

	Instant occurredAt;

	Long actorUserId;

	String actorName;

	Long viewingAsSignatoryId;

	String action;

	String objectType;

	Long objectId;

	String objectLabel;

	Long signatoryId;

	Long organisationId;

	String beforeState;

	String afterState;

	String detail;

	AuditEntryView toView(String viewingAsName) {
		return new AuditEntryView(this.id, this.occurredAt, this.actorUserId, this.actorName, this.viewingAsSignatoryId,
				viewingAsName, this.action, this.objectType, this.objectId, this.objectLabel, this.signatoryId,
				this.organisationId, AuditJson.read(this.beforeState), AuditJson.read(this.afterState), this.detail);
	}

}
