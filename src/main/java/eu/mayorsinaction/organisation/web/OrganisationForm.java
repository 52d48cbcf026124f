package eu.mayorsinaction.organisation.web;

import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationKind;

/**
 * The coordinator/supporter form as the browser posts it.
 */
public class OrganisationForm {

	private OrganisationKind kind = OrganisationKind.COORDINATOR;

	private String name;

	private String country;

	private String territory;

	private String contactName;

	private String contactEmail;

	private String website;

	private Integer version;

	static OrganisationForm from(OrganisationData data) {
		OrganisationForm form = new OrganisationForm();
		form.kind = data.kind();
		form.name = data.name();
		form.country = data.country();
		form.territory = data.territory();
		form.contactName = data.contactName();
		form.contactEmail = data.contactEmail();
		form.website = data.website();
		form.version = data.version();
		return form;
	}

	OrganisationData toData() {
		return new OrganisationData(this.kind, this.name, this.country, this.territory, this.contactName,
				(this.contactEmail == null || this.contactEmail.isBlank()) ? null : this.contactEmail.strip(),
				(this.website == null || this.website.isBlank()) ? null : this.website.strip(), this.version);
	}

	public OrganisationKind getKind() {
		return this.kind;
	}

	public void setKind(OrganisationKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getCountry() {
		return this.country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getTerritory() {
		return this.territory;
	}

	public void setTerritory(String territory) {
		this.territory = territory;
	}

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getWebsite() {
		return this.website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
