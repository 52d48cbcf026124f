package eu.mayorsinaction.monitoring.calculation;

import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.monitoring.calculation.CovenantSchedule.Cycle;
import eu.mayorsinaction.monitoring.calculation.CovenantSchedule.Deadline;
import eu.mayorsinaction.monitoring.calculation.CovenantSchedule.Extension;
import eu.mayorsinaction.monitoring.calculation.CovenantSchedule.Kind;
import eu.mayorsinaction.monitoring.calculation.CovenantSchedule.State;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The Covenant's deadlines against dates worked out by hand from the rules of the domain
 * brief §5 (plan 1 year after adhesion for a SEAP, 2 for a SECAP; a report every 2 years
 * and an MEI every 4 years after the plan's submission).
 */
class CovenantScheduleTests {

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

	/** COM_2020 (SEAP, 1 year to submit, target year 2020), adhesion 2010-03-15. */
	private static Cycle com2020(LocalDate planSubmitted, List<LocalDate> reports, List<LocalDate> meis) {
		return new Cycle("COM_2020", date("2010-03-15"), 1, 2020, planSubmitted, reports, meis);
	}

	@Test
	void planIsDueOneYearAfterAdhesionForASeap() {
		// 2010-03-15 + 1 year = 2011-03-15; on 2011-01-10 nothing is submitted yet: open.
		List<Deadline> deadlines = CovenantSchedule.deadlines(List.of(com2020(null, null, null)), List.of(),
				date("2011-01-10"));
		assertThat(deadlines).extracting(Deadline::kind, Deadline::dueDate, Deadline::state)
			.containsExactly(tuple(Kind.PLAN, date("2011-03-15"), State.OPEN));
	}

	@Test
	void planNotSubmittedTheDayAfterItsDeadlineIsMissed() {
		// Due 2011-03-15, judged on 2011-03-16: missed. On the day itself it is still
		// open.
		assertThat(CovenantSchedule.deadlines(List.of(com2020(null, null, null)), List.of(), date("2011-03-16")))
			.extracting(Deadline::state)
			.containsExactly(State.MISSED);
		assertThat(CovenantSchedule.deadlines(List.of(com2020(null, null, null)), List.of(), date("2011-03-15")))
			.extracting(Deadline::state)
			.containsExactly(State.OPEN);
	}

	@Test
	void reportsEveryTwoYearsAndAnMeiEveryFourAfterThePlansSubmission() {
		// Plan submitted 2011-02-01 (before 2011-03-15: met). Reports 2013-02-01,
		// 2015-02-01, 2017-02-01, 2019-02-01 (2021-02-01 is after the end of the target
		// year
		// 2020). MEIs 2015-02-01, 2019-02-01 (2023 is past 2020). Judged on 2014-06-30:
		// the 2013 report was never sent (missed), everything later is open.
		List<Deadline> deadlines = CovenantSchedule.deadlines(List.of(com2020(date("2011-02-01"), null, null)),
				List.of(), date("2014-06-30"));
		assertThat(deadlines).extracting(Deadline::kind, Deadline::number, Deadline::dueDate, Deadline::state)
			.containsExactly(tuple(Kind.PLAN, 1, date("2011-03-15"), State.MET),
					tuple(Kind.MONITORING_REPORT, 1, date("2013-02-01"), State.MISSED),
					tuple(Kind.MONITORING_REPORT, 2, date("2015-02-01"), State.OPEN),
					tuple(Kind.MEI, 1, date("2015-02-01"), State.OPEN),
					tuple(Kind.MONITORING_REPORT, 3, date("2017-02-01"), State.OPEN),
					tuple(Kind.MONITORING_REPORT, 4, date("2019-02-01"), State.OPEN),
					tuple(Kind.MEI, 2, date("2019-02-01"), State.OPEN));
	}

	@Test
	void aReportMeetsTheDeadlineWhoseWindowHoldsItsDate() {
		// Windows: report 1 (2011-02-01, 2013-02-01], report 2 (2013-02-01, 2015-02-01].
		// A report sent 2013-01-20 meets report 1; one sent 2014-11-03 meets report 2;
		// the
		// MEI sent with it (2014-11-03) meets MEI 1 (window (2011-02-01, 2015-02-01]).
		List<Deadline> deadlines = CovenantSchedule.deadlines(List.of(com2020(date("2011-02-01"),
				List.of(date("2013-01-20"), date("2014-11-03")), List.of(date("2014-11-03")))), List.of(),
				date("2015-03-01"));
		assertThat(deadlines).filteredOn((d) -> d.dueDate().isBefore(date("2016-01-01")))
			.extracting(Deadline::kind, Deadline::number, Deadline::metOn, Deadline::state)
			.containsExactly(tuple(Kind.PLAN, 1, date("2011-02-01"), State.MET),
					tuple(Kind.MONITORING_REPORT, 1, date("2013-01-20"), State.MET),
					tuple(Kind.MONITORING_REPORT, 2, date("2014-11-03"), State.MET),
					tuple(Kind.MEI, 1, date("2014-11-03"), State.MET));
	}

	@Test
	void aLateReportAnswersTheNextPeriodAndDoesNotRepairTheMissedOne() {
		// No report by 2013-02-01; one on 2013-05-01 falls in report 2's window
		// (2013-02-01,
		// 2015-02-01]: report 1 stays missed, report 2 is met.
		List<Deadline> deadlines = CovenantSchedule.deadlines(
				List.of(com2020(date("2011-02-01"), List.of(date("2013-05-01")), null)), List.of(), date("2013-06-01"));
		assertThat(deadlines).filteredOn((d) -> d.kind() == Kind.MONITORING_REPORT && d.number() <= 2)
			.extracting(Deadline::number, Deadline::metOn, Deadline::state)
			.containsExactly(tuple(1, null, State.MISSED), tuple(2, date("2013-05-01"), State.MET));
	}

	@Test
	void aPlanSubmittedAfterItsDeadlineIsMetLateAndStartsTheReportingClock() {
		// Due 2011-03-15, submitted 2011-09-30: met late; report 1 due 2013-09-30.
		List<Deadline> deadlines = CovenantSchedule.deadlines(List.of(com2020(date("2011-09-30"), null, null)),
				List.of(), date("2012-01-01"));
		assertThat(deadlines.get(0).state()).isEqualTo(State.MET_LATE);
		assertThat(deadlines.get(1)).extracting(Deadline::kind, Deadline::dueDate)
			.containsExactly(Kind.MONITORING_REPORT, date("2013-09-30"));
	}

	@Test
	void anExtensionMovesTheDeadlineAndTheNextWindowStartsThere() {
		// Report 1 due 2013-02-01 extended to 2013-08-01 (6 months). A report on
		// 2013-07-15
		// meets it (window (2011-02-01, 2013-08-01]). Report 2 keeps 2015-02-01, its
		// window
		// starts at 2013-08-01.
		List<Deadline> deadlines = CovenantSchedule.deadlines(
				List.of(com2020(date("2011-02-01"), List.of(date("2013-07-15")), null)),
				List.of(new Extension("COM_2020", Kind.MONITORING_REPORT, 1, date("2013-08-01"))), date("2013-09-01"));
		Deadline first = deadlines.stream()
			.filter((d) -> d.kind() == Kind.MONITORING_REPORT && d.number() == 1)
			.findFirst()
			.orElseThrow();
		assertThat(first.originalDate()).isEqualTo(date("2013-02-01"));
		assertThat(first.dueDate()).isEqualTo(date("2013-08-01"));
		assertThat(first.extended()).isTrue();
		assertThat(first.state()).isEqualTo(State.MET);
		assertThat(first.metOn()).isEqualTo(date("2013-07-15"));
	}

	@Test
	void anExtendedPlanDeadlineIsNotMissedUntilTheNewDate() {
		// Due 2011-03-15 extended to 2012-09-15 (18 months, the 2020 maximum); on
		// 2012-01-01
		// not submitted: still open.
		List<Deadline> deadlines = CovenantSchedule.deadlines(List.of(com2020(null, null, null)),
				List.of(new Extension("COM_2020", Kind.PLAN, 1, date("2012-09-15"))), date("2012-01-01"));
		assertThat(deadlines).extracting(Deadline::dueDate, Deadline::state)
			.containsExactly(tuple(date("2012-09-15"), State.OPEN));
	}

	@Test
	void aRenewalEndsTheOldCycleAndStartsANewPlanDeadline() {
		// COM_2020 as above, plan submitted 2011-02-01, renewed to COM_2030 (SECAP, 2
		// years)
		// by the council on 2017-06-01. Old cycle: reports 2013-02-01, 2015-02-01,
		// 2017-02-01
		// (2019-02-01 is after the renewal: dropped), MEI 2015-02-01. New cycle: plan due
		// 2017-06-01 + 2 years = 2019-06-01; judged on 2018-01-01 it is open.
		Cycle renewal = new Cycle("COM_2030", date("2017-06-01"), 2, 2030, null, null, null);
		List<Deadline> deadlines = CovenantSchedule.deadlines(
				List.of(com2020(date("2011-02-01"), List.of(date("2013-01-15"), date("2015-01-15"), date("2017-01-15")),
						List.of(date("2015-01-15"))), renewal),
				List.of(), date("2018-01-01"));
		assertThat(deadlines).extracting(Deadline::cycle, Deadline::kind, Deadline::dueDate, Deadline::state)
			.containsExactly(tuple("COM_2020", Kind.PLAN, date("2011-03-15"), State.MET),
					tuple("COM_2020", Kind.MONITORING_REPORT, date("2013-02-01"), State.MET),
					tuple("COM_2020", Kind.MONITORING_REPORT, date("2015-02-01"), State.MET),
					tuple("COM_2020", Kind.MEI, date("2015-02-01"), State.MET),
					tuple("COM_2020", Kind.MONITORING_REPORT, date("2017-02-01"), State.MET),
					tuple("COM_2030", Kind.PLAN, date("2019-06-01"), State.OPEN));
		assertThat(CovenantSchedule.next(deadlines)).get()
			.extracting(Deadline::cycle, Deadline::dueDate)
			.containsExactly("COM_2030", date("2019-06-01"));
	}

	@Test
	void aRenewalBeforeTheFirstPlanWasDueReplacesThatDeadline() {
		// Adhesion 2010-03-15 (plan due 2011-03-15), renewed 2011-01-10 before
		// submitting:
		// only the renewal's plan deadline remains, 2011-01-10 + 2 = 2013-01-10.
		Cycle renewal = new Cycle("COM_2030", date("2011-01-10"), 2, 2030, null, null, null);
		assertThat(
				CovenantSchedule.deadlines(List.of(com2020(null, null, null), renewal), List.of(), date("2011-02-01")))
			.extracting(Deadline::cycle, Deadline::dueDate)
			.containsExactly(tuple("COM_2030", date("2013-01-10")));
	}

	@Test
	void aSecapPlanIsDueTwoYearsAfterAdhesion() {
		// COM_2050 adhesion 2022-04-29 → plan due 2024-04-29; judged 2026-11-29: missed.
		Cycle cycle = new Cycle("COM_2050", date("2022-04-29"), 2, 2030, null, null, null);
		assertThat(CovenantSchedule.deadlines(List.of(cycle), List.of(), date("2026-11-29")))
			.extracting(Deadline::dueDate, Deadline::state)
			.containsExactly(tuple(date("2024-04-29"), State.MISSED));
	}

}
