package eu.mayorsinaction.user;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("membership")
class Membership {

	@Id
	Long id;

	Long organisationId;

	Long signatoryId;

	Role role;

	static Membership onOrganisation(long organisationId, Role role) {
		Membership membership = new Membership();
		membership.organisationId = organisationId;
		membership.role = role;
		return membership;
	}

	static Membership onSignatory(long signatoryId, Role role) {
		Membership membership = new Membership();
		membership.signatoryId = signatoryId;
		membership.role = role;
		return membership;
	}

}
