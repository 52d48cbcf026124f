package eu.mayorsinaction.inventory.web;

import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import eu.mayorsinaction.TestMail;
import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.audit.AuditManagement;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator's review through the API: who may review, the comment a return needs,
 * the mark shown in the inventory responses and cleared by an edit, with a mail to the
 * reviewer. Chiavari's BEI 1990 (no other test uses it).
 */
@WebIntegrationTest
class InventoryReviewApiTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	private static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	private static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final String BARCELONA_STAFF = "staff.barcelona@demo.mayorsinaction.eu";

	private static final String BEI_1990 = """
			{ "type": "BEI", "year": 1990, "population": 27000, "nationalElectricityFactor": 0.4, %s
			  "consumption": [ { "sector": "RESIDENTIAL_BUILDINGS", "carrier": "NATURAL_GAS", "mwh": %d } ] }
			""";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	AuditManagement audit;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void a_coordinator_returns_and_reviews_and_an_edit_clears_the_mark_and_mails_the_reviewer() throws Exception {
		TestMail.server();
		long chiavari = signatory("Chiavari").id();
		String created = this.mvc
			.perform(post(inventories(chiavari)).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BEI_1990.formatted("", 1000)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		String review = inventories(chiavari) + "/" + id + "/review";

		// The municipality's own editor may not review its inventory; another tenant sees
		// nothing; staff of an organisation that does not support Chiavari may not see
		// it.
		decide(CHIAVARI_EDITOR, review, "REVIEWED", null).andExpect(status().isForbidden());
		decide(SABADELL_VIEWER, review, "REVIEWED", null).andExpect(status().isNotFound());
		decide(BARCELONA_STAFF, review, "REVIEWED", null).andExpect(status().isNotFound());

		// Returning needs a comment (blank is none); nothing is stored then.
		decide(GENOA, review, "RETURNED", "  ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("comment")))
			.andExpect(jsonPath("$.fields[*].code", hasItem("quality.review.commentRequired")));
		decide(GENOA, review, "RETURNED", "x".repeat(2001)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].code", hasItem("quality.review.commentTooLong")));
		decide(GENOA, review, null, "no decision").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields[*].field", hasItem("decision")));
		this.mvc.perform(get(review + "/history").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		decide(GENOA, review, "RETURNED", "Residential gas looks too low: check the distributor's figures.")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("RETURNED"));
		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$.review.decision").value("RETURNED"))
			.andExpect(jsonPath("$.review.comment")
				.value("Residential gas looks too low: check the distributor's figures."));

		decide(GENOA, review, "REVIEWED", null).andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("REVIEWED"));
		this.mvc.perform(get(inventories(chiavari)).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$[?(@.id == " + id + ")].review").value(hasItem("REVIEWED")));

		// The editor corrects the figure: the mark is cleared and the coordinator told.
		int before = TestMail.to(GENOA).size();
		this.mvc
			.perform(put(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(BEI_1990.formatted("\"version\": 0,", 1500)))
			.andExpect(status().isOk());
		this.mvc.perform(get(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$.review").doesNotExist());
		this.mvc.perform(get(review + "/history").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(jsonPath("$[0].decision").value("CLEARED"))
			.andExpect(jsonPath("$[1].decision").value("REVIEWED"))
			.andExpect(jsonPath("$[2].decision").value("RETURNED"));
		List<MimeMessage> mails = TestMail.awaitTo(GENOA, before + 1);
		MimeMessage mail = mails.get(mails.size() - 1);
		assertThat(mail.getSubject()).contains("BEI 1990 Chiavari");
		assertThat(String.valueOf(mail.getContent())).contains("/app/signatories/" + chiavari + "/inventories/" + id);
		assertThat(this.audit.history("INVENTORY_REVIEW", id)).extracting(AuditEntryView::action)
			.contains("RETURNED", "REVIEWED", "CLEARED");

		// The platform admin may review too; a recompute clears that mark as well, and
		// a draft save after a new mark clears it again.
		decide("admin@demo.mayorsinaction.eu", review, "REVIEWED", "Checked by the platform team.")
			.andExpect(status().isOk());
		this.mvc
			.perform(post(inventories(chiavari) + "/" + id + "/recompute").with(httpBasic(CHIAVARI_EDITOR, PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(get(review + "/history").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$[0].decision").value("CLEARED"))
			.andExpect(jsonPath("$[1].comment").value("Checked by the platform team."));
		decide(GENOA, review, "REVIEWED", null).andExpect(status().isOk());
		this.mvc
			.perform(put(inventories(chiavari) + "/" + id).with(httpBasic(CHIAVARI_EDITOR, PASSWORD))
				.param("draft", "true")
				.contentType(MediaType.APPLICATION_JSON)
				.content(BEI_1990.formatted("\"version\": 2,", 1600)))
			.andExpect(status().isOk());
		this.mvc.perform(get(review + "/history").with(httpBasic(GENOA, PASSWORD)))
			.andExpect(jsonPath("$.length()").value(7))
			.andExpect(jsonPath("$[0].decision").value("CLEARED"));
	}

	private ResultActions decide(String email, String url, String decision, String comment) throws Exception {
		String body = "{ \"decision\": " + ((decision != null) ? "\"" + decision + "\"" : "null") + ", \"comment\": "
				+ ((comment != null) ? "\"" + comment + "\"" : "null") + " }";
		return this.mvc
			.perform(post(url).with(httpBasic(email, PASSWORD)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String inventories(long signatory) {
		return "/api/v1/signatories/" + signatory + "/inventories";
	}

	private SignatoryView signatory(String name) {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		return this.organisations.findSignatories(admin, new SignatoryQuery(name, null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(name))
			.findFirst()
			.orElseThrow();
	}

}
