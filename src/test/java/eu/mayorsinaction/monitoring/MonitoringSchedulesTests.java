package eu.mayorsinaction.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.actionplan.ActionPlanOverview;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.Framework;
import eu.mayorsinaction.organisation.SignatoryStatus;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.TargetKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which deadline a signatory acts on next, from data read before (no database): adhesion
 * 2010-03-15 under COM_2020, plan submitted 2011-02-01, so reports are due 2013-02-01,
 * 2015-02-01, 2017-02-01 and 2019-02-01.
 */
class MonitoringSchedulesTests {

	private static final SignatoryView TOWN = new SignatoryView(1, "Town", "IT", null, 5000, 2021, null, null, null,
			null, LocalDate.of(2010, 3, 15), SignatoryStatus.ACTIVE, null, true, 0);

	private static final CommitmentView COM_2020 = new CommitmentView(7, Framework.COM_2020, LocalDate.of(2010, 3, 15),
			BigDecimal.valueOf(20), 2020, TargetKind.ABSOLUTE, true);

	private static final List<ActionPlanOverview.Submission> SUBMITTED = List
		.of(new ActionPlanOverview.Submission(1, 3, 7L, LocalDate.of(2011, 2, 1)));

	@Test
	void theLatestMissedReportIsTheOneToActOn() {
		// On 2016-06-01 the 2013 and 2015 reports and the 2015 MEI are missed; the latest
		// date is 2015-02-01, where the MEI comes last (a Full Report answers both): 486
		// days overdue (2015-02-01 → 2016-02-01 = 365, → 2016-06-01 = 29 + 31 + 30 + 31 =
		// 121).
		ScheduleView schedule = MonitoringSchedules.compute(TOWN, List.of(COM_2020), List.of(), List.of(), SUBMITTED,
				LocalDate.of(2016, 6, 1));
		assertThat(schedule.next().kind()).isEqualTo(DeadlineKind.MEI);
		assertThat(schedule.next().dueDate()).isEqualTo(LocalDate.of(2015, 2, 1));
		assertThat(schedule.next().daysLeft()).isEqualTo(-486);
		assertThat(schedule.missed()).isEqualTo(3);
	}

	@Test
	void aMissedReportAnsweredByALaterOneIsNoLongerOverdue() {
		// A Full Report recorded 2014-12-01 meets the 2015 report and MEI deadlines; the
		// 2013 report stays missed but is answered: the next is the open 2017-02-01 one.
		ReportView report = new ReportView(5, 1, 7L, 3L, ReportType.FULL_REPORT, null, "Report",
				ReportStatus.SUBMITTED_TO_COVENANT, null, LocalDate.of(2014, 12, 1), List.of(), 3, Instant.EPOCH,
				Instant.EPOCH);
		ScheduleView schedule = MonitoringSchedules.compute(TOWN, List.of(COM_2020), List.of(report), List.of(),
				SUBMITTED, LocalDate.of(2016, 6, 1));
		assertThat(schedule.next().dueDate()).isEqualTo(LocalDate.of(2017, 2, 1));
		assertThat(schedule.next().state()).isEqualTo(DeadlineState.OPEN);
	}

}
