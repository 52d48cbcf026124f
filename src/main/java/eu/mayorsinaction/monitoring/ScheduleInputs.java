package eu.mayorsinaction.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionPlanOverview;
import eu.mayorsinaction.organisation.CommitmentView;
import eu.mayorsinaction.organisation.SignatoryView;

/**
 * What the schedules of many signatories are computed from, read for all of them at once
 * ({@link MonitoringSchedules#inputs}), by signatory id. The cockpit and the reminder job
 * use it so that neither makes a query per signatory.
 */
record ScheduleInputs(Map<Long, List<CommitmentView>> commitments, Map<Long, List<ReportView>> reports,
		Map<Long, List<ExtensionView>> extensions, Map<Long, List<ActionPlanOverview.Submission>> submissions) {

	List<CommitmentView> commitmentsOf(long signatoryId) {
		return this.commitments.getOrDefault(signatoryId, List.of());
	}

	List<ReportView> reportsOf(long signatoryId) {
		return this.reports.getOrDefault(signatoryId, List.of());
	}

	/**
	 * The signatory's schedule as of a day, exactly as its own schedule page computes it.
	 */
	ScheduleView schedule(SignatoryView signatory, LocalDate today) {
		long id = signatory.id();
		return MonitoringSchedules.compute(signatory, commitmentsOf(id), reportsOf(id),
				this.extensions.getOrDefault(id, List.of()), this.submissions.getOrDefault(id, List.of()), today);
	}

}
