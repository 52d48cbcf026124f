package eu.mayorsinaction.organisation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("support_relation")
class SupportRelation {

	@Id
	Long id;

	Long organisationId;

	Long signatoryId;

	LocalDate since;

	LocalDate until;

	Instant createdAt;

	static SupportRelation create(long organisationId, long signatoryId, LocalDate since, Instant now) {
		SupportRelation relation = new SupportRelation();
		relation.organisationId = organisationId;
		relation.signatoryId = signatoryId;
		relation.since = since;
		relation.createdAt = now;
		return relation;
	}

	boolean isActiveOn(LocalDate day) {
		return !this.since.isAfter(day) && (this.until == null || !this.until.isBefore(day));
	}

}
