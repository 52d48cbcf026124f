package eu.mayorsinaction.monitoring.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.organisation.CommitmentData;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationKind;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryData;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.TargetKind;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.NewUser;
import eu.mayorsinaction.user.Role;
import eu.mayorsinaction.user.UserManagement;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cockpit of a new coordinator ("Cockpitshire …") with three signatories whose plan
 * deadlines are set relative to today, so that the days left are the same figures
 * whenever the test runs:
 * <ul>
 * <li>Alpha: COM_2030 (SECAP, 2 years), adhesion = today + 200 days − 2 years → plan due
 * in 200 days: preparing the plan, risk low (more than 90 days);</li>
 * <li>Beta: COM_2020 (SEAP, 1 year), adhesion 2010-03-15 → plan due 2011-03-15, nothing
 * submitted: plan overdue, risk high;</li>
 * <li>Gamma: COM_2030, adhesion = today + 40 days − 2 years → due in 40 days: risk
 * medium.</li>
 * </ul>
 * None has an inventory, plan or action: completeness 2 of 5 checks (population,
 * commitment) = 40 %.
 */
@WebIntegrationTest
class CockpitTests {

	private static final String PASSWORD = "demo-mayors-2026";

	private static final String CRES = "supporter.cres@demo.mayorsinaction.eu";

	@Autowired
	WebApplicationContext context;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	MockMvc mvc;

	long organisation;

	String staff;

	String suffix;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
		this.organisation = this.organisations
			.createOrganisation(admin,
					new OrganisationData(OrganisationKind.COORDINATOR, "Cockpitshire " + this.suffix, "IT",
							"Cockpitshire", null, null, null, null))
			.id();
		LocalDate today = LocalDate.now();
		add(admin, "Alpha", "IT", today.plusDays(200).minusYears(2), Framework.COM_2030);
		add(admin, "Beta", "HR", LocalDate.of(2010, 3, 15), Framework.COM_2020);
		add(admin, "Gamma", "IT", today.plusDays(40).minusYears(2), Framework.COM_2030);
		this.staff = "staff." + this.suffix + "@example.org";
		this.users.createUser(admin, new NewUser(this.staff, "Cockpit staff", "en", PASSWORD, false,
				Role.ORGANISATION_STAFF, this.organisation, null));
	}

	@Test
	void the_cockpit_shows_stage_deadline_risk_and_completeness() throws Exception {
		this.mvc.perform(get(api()).with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.countries", hasSize(2)))
			// Default order: highest risk first, then the nearest deadline.
			.andExpect(jsonPath("$.rows[0].name").value("Beta " + this.suffix))
			.andExpect(jsonPath("$.rows[0].stage").value("PLAN_OVERDUE"))
			.andExpect(jsonPath("$.rows[0].risk").value("HIGH"))
			.andExpect(jsonPath("$.rows[0].nextKind").value("PLAN"))
			.andExpect(jsonPath("$.rows[0].nextDue").value("2011-03-15"))
			.andExpect(jsonPath("$.rows[0].completeness").value(40))
			.andExpect(jsonPath("$.rows[0].missing[0]").value("bei"))
			.andExpect(jsonPath("$.rows[0].missing[1]").value("plan"))
			.andExpect(jsonPath("$.rows[0].missing[2]").value("actions"))
			.andExpect(jsonPath("$.rows[1].name").value("Gamma " + this.suffix))
			.andExpect(jsonPath("$.rows[1].risk").value("MEDIUM"))
			.andExpect(jsonPath("$.rows[1].daysLeft").value(40))
			.andExpect(jsonPath("$.rows[2].name").value("Alpha " + this.suffix))
			.andExpect(jsonPath("$.rows[2].stage").value("PLAN_IN_PREPARATION"))
			.andExpect(jsonPath("$.rows[2].risk").value("LOW"))
			.andExpect(jsonPath("$.rows[2].daysLeft").value(200));
		this.mvc.perform(get(api()).param("risk", "HIGH").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(jsonPath("$.rows", hasSize(1)))
			.andExpect(jsonPath("$.total").value(3));
		this.mvc.perform(get(api()).param("country", "IT").param("sort", "-due").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(jsonPath("$.rows", hasSize(2)))
			.andExpect(jsonPath("$.rows[0].name").value("Alpha " + this.suffix));
		this.mvc.perform(get(api()).param("stage", "NOPE").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void another_organisation_sees_none_of_its_signatories() throws Exception {
		this.mvc.perform(get(api()).with(httpBasic(CRES, PASSWORD))).andExpect(status().isNotFound());
		this.mvc.perform(get("/app/organisations/" + this.organisation + "/cockpit").with(user(principal(CRES))))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_page_highlights_the_overdue_signatory_and_exports() throws Exception {
		this.mvc
			.perform(get("/app/organisations/" + this.organisation + "/cockpit").with(user(principal(this.staff)))
				.header("Accept-Language", "it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Beta " + this.suffix)))
			.andExpect(content().string(containsString("cockpit-high")))
			.andExpect(content().string(containsString("badge-risk-HIGH")));

		byte[] csv = this.mvc
			.perform(get(api() + "/export").param("format", "csv").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFFSignatory,Country,Commitment,Stage,Next deadline,Due on,Days left,");
		assertThat(text).contains("Beta " + this.suffix + ",HR,COM_2020,Plan overdue,Action plan,2011-03-15,");
		assertThat(text.lines()).hasSize(4);

		byte[] xlsx = this.mvc
			.perform(get(api() + "/export").param("format", "xlsx")
				.param("risk", "MEDIUM")
				.with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(1);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Gamma " + this.suffix);
			assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(40.0);
		}
		this.mvc.perform(get(api() + "/export").param("format", "pdf").with(httpBasic(this.staff, PASSWORD)))
			.andExpect(status().isBadRequest());
	}

	private void add(Actor admin, String name, String country, LocalDate adhesion, Framework framework) {
		long id = this.organisations
			.createSignatory(admin,
					new SignatoryData(name + " " + this.suffix, country, null, 5_000, 2021, null, null, null, null,
							adhesion, SignatoryStatus.ACTIVE, null, true, null),
					new OrganisationId(this.organisation))
			.id();
		this.organisations.addCommitment(admin, new SignatoryId(id),
				new CommitmentData(framework, adhesion, BigDecimal.valueOf(framework.minimumTargetPercent()),
						framework.defaultTargetYear(), TargetKind.ABSOLUTE));
	}

	private MiaUser principal(String email) {
		return (MiaUser) this.users.loadUserByUsername(email);
	}

	private String api() {
		return "/api/v1/organisations/" + this.organisation + "/cockpit";
	}

}
