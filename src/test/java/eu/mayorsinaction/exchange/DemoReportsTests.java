package eu.mayorsinaction.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.monitoring.CockpitQuery;
import eu.mayorsinaction.monitoring.CockpitRow;
import eu.mayorsinaction.monitoring.CycleStage;
import eu.mayorsinaction.monitoring.MonitoringCockpit;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.MonitoringSchedules;
import eu.mayorsinaction.monitoring.ReportStatus;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.RiskLevel;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's monitoring reports as the shared test context loads them: across the 40 demo
 * towns, the cockpits of the demo's supporting organisations show at least 4 different
 * stages and all three risk levels; exactly the town given the review role awaits review;
 * the returned, approved and extended towns are as intended. Read-only; only the 40 demo
 * towns are looked at (other tests add signatories to these organisations).
 */
@WebIntegrationTest
class DemoReportsTests {

	static final Actor ADMIN = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	MonitoringCockpit cockpit;

	@Autowired
	MonitoringReports reports;

	@Autowired
	MonitoringSchedules schedules;

	@Autowired
	DemoReports demoReports;

	@Test
	void the_demo_towns_stand_at_varied_stages_with_all_risk_levels() {
		Map<Long, DemoReports.Role> roles = this.demoReports.roles();
		assertThat(roles).hasSize(40);
		Map<Long, CockpitRow> rows = new HashMap<>();
		for (String organisation : read("demo/organisations.csv", "name")) {
			long id = this.organisations.findOrganisations(ADMIN, organisation, null, 0, 5).items().get(0).id();
			for (CockpitRow row : this.cockpit.cockpit(ADMIN, new OrganisationId(id), CockpitQuery.all()).rows()) {
				if (roles.containsKey(row.signatoryId())) {
					rows.put(row.signatoryId(), row);
				}
			}
		}
		assertThat(rows).as("every demo town has a supporting organisation").hasSize(40);
		Set<CycleStage> stages = rows.values().stream().map(CockpitRow::stage).collect(Collectors.toSet());
		Set<RiskLevel> risks = rows.values().stream().map(CockpitRow::risk).collect(Collectors.toSet());
		System.out.println("Demo stages: "
				+ rows.values().stream().collect(Collectors.groupingBy(CockpitRow::stage, Collectors.counting()))
				+ " risks: "
				+ rows.values().stream().collect(Collectors.groupingBy(CockpitRow::risk, Collectors.counting()))
				+ " roles: " + roles.values().stream().collect(Collectors.groupingBy((r) -> r, Collectors.counting())));
		assertThat(stages).hasSizeGreaterThanOrEqualTo(4)
			.contains(CycleStage.IMPLEMENTING, CycleStage.REPORT_OVERDUE, CycleStage.PLAN_IN_PREPARATION);
		assertThat(risks).containsExactlyInAnyOrder(RiskLevel.values());

		Set<Long> awaiting = rows.values()
			.stream()
			.filter((row) -> row.awaitingReview() > 0)
			.map(CockpitRow::signatoryId)
			.collect(Collectors.toSet());
		Set<Long> intended = ids(roles, DemoReports.Role.AWAITING_REVIEW);
		assertThat(intended).hasSize(1);
		assertThat(awaiting).isEqualTo(intended);

		for (long town : ids(roles, DemoReports.Role.RETURNED)) {
			assertThat(this.reports.reports(ADMIN, new SignatoryId(town))).anySatisfy((report) -> {
				assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
				assertThat(report.coordinatorComment()).startsWith("Illustrative demo comment");
			});
		}
		assertThat(ids(roles, DemoReports.Role.APPROVED)).hasSize(1)
			.allSatisfy((town) -> assertThat(this.reports.reports(ADMIN, new SignatoryId(town)))
				.extracting(ReportView::status)
				.contains(ReportStatus.APPROVED));
		Set<Long> extended = ids(roles, DemoReports.Role.EXTENDED);
		// Other tests of the shared context add commitments to some demo towns (a renewal
		// starts a new cycle), so the extended towns are checked on their extended
		// deadline, not on the stage the cockpit shows today.
		assertThat(extended).hasSize(2).allSatisfy((town) -> {
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).extensions()).isNotEmpty();
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).deadlines())
				.anySatisfy((d) -> assertThat(d.extended()).isTrue());
		});
		assertThat(ids(roles, DemoReports.Role.PLAN_EXTENDED)).hasSize(2).allSatisfy((town) -> {
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).deadlines()).anySatisfy(
					(d) -> assertThat(d.kind() == eu.mayorsinaction.monitoring.DeadlineKind.PLAN && d.extended())
						.isTrue());
		});
		assertThat(ids(roles, DemoReports.Role.MISSED_LAST)).isNotEmpty()
			.allSatisfy((town) -> assertThat(rows.get(town).risk()).isEqualTo(RiskLevel.HIGH));
	}

	/**
	 * Towns reporting on time: every report recorded as submitted to the Covenant, dated
	 * before the deadline it met; Full Reports carry an MEI.
	 */
	@Test
	void on_time_towns_reported_before_each_deadline_with_an_mei_in_full_reports() {
		Map<Long, DemoReports.Role> roles = this.demoReports.roles();
		int reportsSeen = 0;
		int fullReports = 0;
		for (long town : ids(roles, DemoReports.Role.ON_TIME)) {
			for (ReportView report : this.reports.reports(ADMIN, new SignatoryId(town))) {
				if (!report.title().contains("(illustrative demo)")) {
					continue;
				}
				reportsSeen++;
				assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED_TO_COVENANT);
				assertThat(report.actions()).isNotEmpty();
				if (report.meiInventoryId() != null) {
					fullReports++;
				}
			}
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).deadlines())
				.filteredOn((d) -> d.kind() == eu.mayorsinaction.monitoring.DeadlineKind.MONITORING_REPORT
						&& d.dueDate().isBefore(java.time.LocalDate.now()))
				.allSatisfy((d) -> assertThat(d.metOn()).isNotNull().isBeforeOrEqualTo(d.dueDate()));
		}
		assertThat(reportsSeen).isGreaterThanOrEqualTo(10);
		assertThat(fullReports).isPositive();
		assertThat(EnumSet.copyOf(roles.values())).containsAll(EnumSet.allOf(DemoReports.Role.class));
	}

	private static Set<Long> ids(Map<Long, DemoReports.Role> roles, DemoReports.Role role) {
		Set<Long> ids = new HashSet<>();
		roles.forEach((id, r) -> {
			if (r == role) {
				ids.add(id);
			}
		});
		return ids;
	}

	private static List<String> read(String file, String column) {
		List<String> values = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = new InputStreamReader(new ClassPathResource(file).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			parser.forEach((row) -> values.add(row.get(column)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return values;
	}

}
