package eu.mayorsinaction.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
class Organisation {

	@Id
	Long id;

	OrganisationKind kind;

	String name;

	String country;

	String territory;

	String contactName;

	String contactEmail;

	String website;

	@Version
	Integer version;

	Instant createdAt;

	Instant updatedAt;

	static Organisation create(OrganisationData data, Instant now) {
		Organisation organisation = new Organisation();
		organisation.createdAt = now;
		organisation.apply(data, now);
		return organisation;
	}

	void apply(OrganisationData data, Instant now) {
		this.kind = data.kind();
		this.name = data.name().strip();
		this.country = data.country();
		this.territory = Signatory.blankToNull(data.territory());
		this.contactName = Signatory.blankToNull(data.contactName());
		this.contactEmail = Signatory.blankToNull(data.contactEmail());
		this.website = Signatory.blankToNull(data.website());
		this.updatedAt = now;
	}

	OrganisationView toView() {
		return new OrganisationView(this.id, this.kind, this.name, this.country, this.territory, this.contactName,
				this.contactEmail, this.website, this.version);
	}

}
