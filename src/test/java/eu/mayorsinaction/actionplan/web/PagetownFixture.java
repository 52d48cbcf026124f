package eu.mayorsinaction.actionplan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserId;
import eu.mayorsinaction.user.UserManagement;
import eu.mayorsinaction.user.UserView;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A new municipality of its own for the action-plan page tests ("Pagetown …", supported
 * by the Genoa coordinator's organisation, so the coordinator may edit it), with a 40 %
 * absolute commitment and a computed BEI.
 * <p>
 * BEI 2005 (no local production, so EFE = the national 0.4 t/MWh): municipal natural gas
 * 1,000 MWh × 0.202 = 202 t; residential electricity 2,000 MWh × 0.4 = 800 t; private
 * transport diesel 10,000 MWh × 0.267 = 2,670 t; total 3,672 t. Needed: 3,672 × 0.40 =
 * 1,468.8 t/a.
 */
public final class PagetownFixture {

	public static final String PASSWORD = "demo-mayors-2026";

	public static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	public static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String GENOA_ORGANISATION = "Metropolitan City of Genoa";

	public final SignatoryView signatory;

	public final long commitmentId;

	public final long beiId;

	private PagetownFixture(SignatoryView signatory, long commitmentId, long beiId) {
		this.signatory = signatory;
		this.commitmentId = commitmentId;
		this.beiId = beiId;
	}

	public long id() {
		return this.signatory.id();
	}

	public static PagetownFixture create(MockMvc mvc, OrganisationManagement organisations, UserManagement users)
			throws Exception {
		Actor genoa = users.currentActor(principal(users, GENOA).id());
		long genoaOrganisation = organisations.findOrganisations(admin(), GENOA_ORGANISATION, null, 0, 10)
			.items()
			.get(0)
			.id();
		SignatoryView signatory = organisations.createSignatory(genoa,
				new SignatoryData("Pagetown " + UUID.randomUUID().toString().substring(0, 8), "IT", "Liguria", 12000,
						2021, null, null, null, null, null, SignatoryStatus.ACTIVE, null, false, null),
				new OrganisationId(genoaOrganisation));
		long commitment = organisations
			.addCommitment(admin(), new SignatoryId(signatory.id()), new CommitmentData(Framework.COM_2030,
					LocalDate.of(2016, 3, 1), BigDecimal.valueOf(40), 2030, TargetKind.ABSOLUTE))
			.id();
		MockHttpServletResponse response = mvc
			.perform(post("/api/v1/signatories/" + signatory.id() + "/inventories").with(httpBasic(GENOA, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{ "type": "BEI", "year": 2005, "approach": "IPCC", "unit": "CO2", "population": 12000,
						  "nationalElectricityFactor": 0.4,
						  "consumption": [
						    { "sector": "MUNICIPAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": 1000 },
						    { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "ELECTRICITY", "mwh": 2000 },
						    { "sector": "PRIVATE_COMMERCIAL_TRANSPORT", "carrier": "DIESEL", "mwh": 10000 } ] }
						"""))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		long bei = ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
		return new PagetownFixture(signatory, commitment, bei);
	}

	/** A new person who may only view this municipality. */
	public MiaUser viewer(UserManagement users) {
		String email = "pagetown-viewer-" + UUID.randomUUID().toString().substring(0, 8) + "@test.mayorsinaction.eu";
		UserView person = users
			.register(new NewUser(email, "Pagetown viewer", "en", "correct horse battery", false, null, null, null));
		users.grantRole(admin(), new UserId(person.id()), Role.SIGNATORY_VIEWER, id());
		return principal(users, email);
	}

	public static MiaUser principal(UserManagement users, String email) {
		return (MiaUser) users.loadUserByUsername(email);
	}

	public static Actor admin() {
		return new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
	}

}
