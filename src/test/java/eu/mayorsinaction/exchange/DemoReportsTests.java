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
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.PlanKind;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.monitoring.CockpitQuery;
import eu.mayorsinaction.monitoring.CockpitRow;
import eu.mayorsinaction.monitoring.CycleStage;
import eu.mayorsinaction.monitoring.MonitoringCockpit;
import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.MonitoringSchedules;
import eu.mayorsinaction.monitoring.ReportStatus;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.monitoring.RiskLevel;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's monitoring reports as the shared test context loads them: across the 40 demo
 * towns, the cockpits of the demo's supporting organisations show all five stages of a
 * committed signatory and all three risk levels; each town stands at the stage its
 * renewal and role give it; exactly the town given the review role awaits review; the
 * returned, approved and extended towns are as intended; texts are in the town's
 * language. Read-only; only the 40 demo towns are looked at (other tests add signatories
 * to these organisations).
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
	ActionPlanManagement plans;

	@Autowired
	DemoReports demoReports;

	/**
	 * The stage each town should stand at, by its position i in signatories.csv
	 * (DemoDataLoader, DemoPlans, DemoReports):
	 * <ul>
	 * <li>odd i: adhered 2016 under COM_2030, SECAP due 2018, status by (i / 2) mod 5 (0
	 * draft, 1 approved by the council, 2 submitted, 3–4 accepted). Not submitted: i = 1,
	 * 3, 11, 13, 21, 23, 31, 33; the first two not on hold (1, 3) had the plan's deadline
	 * extended → plan in preparation 2; the other 6 → plan overdue 6. Submitted: i = 5,
	 * 7, 9, 15, 17, 19, 25, 27, 29, 35, 37, 39 (12), given in order AWAITING_REVIEW (5),
	 * RETURNED (7: on hold, so not EXTENDED), EXTENDED (9), MISSED_LAST (15), APPROVED
	 * (17), EXTENDED (19), MISSED_LAST (25), the rest on time → report overdue 2,
	 * implementing 10;</li>
	 * <li>even i: adhered 2009 under COM_2020, SEAP submitted. Not renewed: i = 14, 26,
	 * 38, every report met → cycle ended 3. Renewed in 2017 (i mod 12 = 0: 0, 12, 24,
	 * 36): the 2030 SECAP due 2019 is missed and later than any missed SEAP report → plan
	 * overdue 4. Renewed for 2050 in the last year: the other 20 − 3 − 4 = 13 (2, 4, 6,
	 * 8, 10, 16, 18, 20, 22, 28, 30, 32, 34); those with i mod 4 = 0 (4, 8, 16, 20, 28,
	 * 32) missed their last SEAP report (due in 2020 at the latest), which stays overdue
	 * → report overdue 6; the other 7 have their SECAP due 2 years after the renewal,
	 * ahead → plan in preparation 7.</li>
	 * </ul>
	 * Totals: implementing 10, report overdue 2 + 6 = 8, plan overdue 6 + 4 = 10, plan in
	 * preparation 2 + 7 = 9, cycle ended 3; 40 in all.
	 */
	static CycleStage expectedStage(DemoDataLoader.Renewal renewal, DemoReports.Role role) {
		return switch (renewal) {
			case NOT_RENEWED -> CycleStage.CYCLE_ENDED;
			case RENEWED_2017 -> CycleStage.PLAN_OVERDUE;
			case RENEWED_RECENTLY ->
				(role == DemoReports.Role.MISSED_LAST) ? CycleStage.REPORT_OVERDUE : CycleStage.PLAN_IN_PREPARATION;
			case NOT_A_2020_SIGNATORY -> switch (role) {
				case NO_REPORTS -> CycleStage.PLAN_OVERDUE;
				case PLAN_EXTENDED -> CycleStage.PLAN_IN_PREPARATION;
				case MISSED_LAST -> CycleStage.REPORT_OVERDUE;
				default -> CycleStage.IMPLEMENTING;
			};
		};
	}

	@Test
	void the_demo_towns_stand_at_varied_stages_with_all_risk_levels() {
		Map<Long, DemoReports.Role> roles = this.demoReports.roles();
		assertThat(roles).hasSize(40);
		List<String> names = read("demo/signatories.csv", "name");
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

		// Where each town should stand (see expectedStage), and the totals worked out
		// by hand there.
		Map<Long, CycleStage> expected = new HashMap<>();
		rows.values().forEach((row) -> {
			int index = names.indexOf(row.name());
			expected.put(row.signatoryId(), expectedStage(DemoDataLoader.renewal(index), roles.get(row.signatoryId())));
		});
		assertThat(expected.values().stream().collect(Collectors.groupingBy((s) -> s, Collectors.counting())))
			.isEqualTo(Map.of(CycleStage.IMPLEMENTING, 10L, CycleStage.REPORT_OVERDUE, 8L, CycleStage.PLAN_OVERDUE, 10L,
					CycleStage.PLAN_IN_PREPARATION, 9L, CycleStage.CYCLE_ENDED, 3L));
		// Other tests of the shared context change some demo towns (a commitment added,
		// the adhesion date cleared, a plan or report added, the status changed): those
		// are not held to the demo's stage.
		List<String> untouched = new ArrayList<>();
		int highRisk = 0;
		for (CockpitRow row : rows.values()) {
			int index = names.indexOf(row.name());
			if (untouched(row.signatoryId(), index)) {
				untouched.add(row.name());
				assertThat(row.stage()).as(row.name() + " at position " + index)
					.isEqualTo(expected.get(row.signatoryId()));
				// high risk: overdue (8 + 10) or on hold (positions 7, 20, 33; only
				// Verona, 7,
				// is not overdue as well) → 19 when all are untouched
				CycleStage stage = expected.get(row.signatoryId());
				boolean high = stage == CycleStage.PLAN_OVERDUE || stage == CycleStage.REPORT_OVERDUE
						|| index % 13 == 7;
				assertThat(row.risk() == RiskLevel.HIGH).as(row.name() + " at high risk").isEqualTo(high);
				if (high) {
					highRisk++;
				}
			}
		}
		System.out.println("Demo stages: "
				+ rows.values().stream().collect(Collectors.groupingBy(CockpitRow::stage, Collectors.counting()))
				+ " risks: "
				+ rows.values().stream().collect(Collectors.groupingBy(CockpitRow::risk, Collectors.counting()))
				+ " roles: " + roles.values().stream().collect(Collectors.groupingBy((r) -> r, Collectors.counting()))
				+ " untouched: " + untouched.size());
		assertThat(untouched).as("demo towns left as loaded").hasSizeGreaterThanOrEqualTo(28);
		if (untouched.size() == 40) {
			assertThat(highRisk).isEqualTo(19);
		}

		Set<CycleStage> stages = rows.values().stream().map(CockpitRow::stage).collect(Collectors.toSet());
		Set<RiskLevel> risks = rows.values().stream().map(CockpitRow::risk).collect(Collectors.toSet());
		assertThat(stages).contains(CycleStage.IMPLEMENTING, CycleStage.REPORT_OVERDUE, CycleStage.PLAN_OVERDUE,
				CycleStage.PLAN_IN_PREPARATION, CycleStage.CYCLE_ENDED);
		assertThat(risks).containsExactlyInAnyOrder(RiskLevel.values());
		// The towns that never renewed: cycle ended, nothing due, so no risk.
		Set<Long> completed = ids(roles, DemoReports.Role.CYCLE_COMPLETED);
		assertThat(completed).hasSize(3).allSatisfy((town) -> {
			assertThat(rows.get(town).stage()).isEqualTo(CycleStage.CYCLE_ENDED);
			assertThat(rows.get(town).risk()).isEqualTo(RiskLevel.LOW);
			assertThat(rows.get(town).nextDue()).isNull();
		});
		assertThat(completed.stream().map((town) -> rows.get(town).name())).containsExactlyInAnyOrder("Begues",
				"Χαλάνδρι", "Rotselaar");

		Set<Long> awaiting = rows.values()
			.stream()
			.filter((row) -> row.awaitingReview() > 0)
			.map(CockpitRow::signatoryId)
			.collect(Collectors.toSet());
		Set<Long> intended = ids(roles, DemoReports.Role.AWAITING_REVIEW);
		assertThat(intended).hasSize(1);
		assertThat(awaiting).isEqualTo(intended);

		// Texts in the town's language: Padova (i = 5, IT) awaits review, Verona (7, IT)
		// was returned, Terrassa (9, ES: Catalan) and Dugo Selo (19, HR) extended.
		Map<String, DemoReports.Texts> texts = DemoReports.texts();
		Set<Long> returned = ids(roles, DemoReports.Role.RETURNED);
		assertThat(returned).hasSize(1).allSatisfy((town) -> {
			assertThat(rows.get(town).name()).isEqualTo("Verona");
			assertThat(this.reports.reports(ADMIN, new SignatoryId(town))).anySatisfy((report) -> {
				assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
				assertThat(report.coordinatorComment()).isEqualTo(texts.get("IT").returnedComment())
					.startsWith("Commento illustrativo (demo)");
				assertThat(report.title()).startsWith("Relazione di monitoraggio delle azioni n. ")
					.endsWith(" (demo illustrativa)");
			});
		});
		assertThat(ids(roles, DemoReports.Role.APPROVED)).hasSize(1)
			.allSatisfy((town) -> assertThat(this.reports.reports(ADMIN, new SignatoryId(town)))
				.extracting(ReportView::status)
				.contains(ReportStatus.APPROVED));
		Set<Long> extended = ids(roles, DemoReports.Role.EXTENDED);
		// Other tests of the shared context add commitments to some demo towns (a renewal
		// starts a new cycle), so the extended towns are checked on their extended
		// deadline, not on the stage the cockpit shows today.
		assertThat(extended).hasSize(2).allSatisfy((town) -> {
			String country = rows.get(town).country();
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).extensions()).isNotEmpty()
				.allSatisfy((e) -> assertThat(e.reason()).isEqualTo(texts.get(country).reportExtension()));
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).deadlines())
				.anySatisfy((d) -> assertThat(d.extended()).isTrue());
		});
		assertThat(extended.stream().map((town) -> rows.get(town).name())).containsExactlyInAnyOrder("Terrassa",
				"Dugo Selo");
		assertThat(ids(roles, DemoReports.Role.PLAN_EXTENDED)).hasSize(2).allSatisfy((town) -> {
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).deadlines()).anySatisfy(
					(d) -> assertThat(d.kind() == eu.mayorsinaction.monitoring.DeadlineKind.PLAN && d.extended())
						.isTrue());
			assertThat(this.schedules.schedule(ADMIN, new SignatoryId(town)).extensions()).extracting("reason")
				.contains(texts.get(rows.get(town).country()).planExtension());
		});
		assertThat(ids(roles, DemoReports.Role.MISSED_LAST)).isNotEmpty()
			.allSatisfy((town) -> assertThat(rows.get(town).risk()).isEqualTo(RiskLevel.HIGH));
	}

	/**
	 * Left as the demo loaded it, as far as the stage goes: adhesion date, status and
	 * commitments as DemoDataLoader makes them, only the demo's plan with the demo's
	 * status, only demo reports.
	 */
	private boolean untouched(long town, int index) {
		SignatoryId id = new SignatoryId(town);
		SignatoryView signatory = this.organisations.getSignatory(ADMIN, id);
		SignatoryStatus status = (index % 13 == 7) ? SignatoryStatus.ON_HOLD : SignatoryStatus.ACTIVE;
		List<Framework> frameworks = switch (DemoDataLoader.renewal(index)) {
			case NOT_A_2020_SIGNATORY -> List.of(Framework.COM_2030);
			case NOT_RENEWED -> List.of(Framework.COM_2020);
			case RENEWED_2017 -> List.of(Framework.COM_2030, Framework.COM_2020);
			case RENEWED_RECENTLY -> List.of(Framework.COM_2050, Framework.COM_2020);
		};
		Set<String> markers = DemoReports.texts()
			.values()
			.stream()
			.map(DemoReports.Texts::marker)
			.collect(Collectors.toSet());
		return DemoDataLoader.illustrativeAdhesionDate(index).equals(signatory.adhesionDate())
				&& signatory.status() == status
				&& this.organisations.commitments(ADMIN, id)
					.stream()
					.map(CommitmentView::framework)
					.toList()
					.equals(frameworks)
				&& this.plans.plans(ADMIN, id)
					.stream()
					.map(PlanView::status)
					.toList()
					.equals(List.of(DemoPlans.planStatus((index % 2 == 0) ? PlanKind.SEAP : PlanKind.SECAP, index)))
				&& this.reports.reports(ADMIN, id)
					.stream()
					.allMatch((report) -> markers.stream().anyMatch(report.title()::endsWith));
	}

	/**
	 * Towns reporting on time: every report recorded as submitted to the Covenant, dated
	 * before the deadline it met; Full Reports carry an MEI.
	 */
	@Test
	void on_time_towns_reported_before_each_deadline_with_an_mei_in_full_reports() {
		Map<Long, DemoReports.Role> roles = this.demoReports.roles();
		Set<String> markers = DemoReports.texts()
			.values()
			.stream()
			.map(DemoReports.Texts::marker)
			.collect(Collectors.toSet());
		int reportsSeen = 0;
		int fullReports = 0;
		Set<Long> onTime = ids(roles, DemoReports.Role.ON_TIME);
		onTime.addAll(ids(roles, DemoReports.Role.CYCLE_COMPLETED));
		for (long town : onTime) {
			for (ReportView report : this.reports.reports(ADMIN, new SignatoryId(town))) {
				if (markers.stream().noneMatch(report.title()::endsWith)) {
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
