package eu.mayorsinaction.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionPlanOverview;
import eu.mayorsinaction.organisation.CommitmentView;

/**
 * What happened in each commitment's cycle: when its plan was submitted to the Covenant
 * and when monitoring reports and MEIs (with a Full Report) reached it. A report or plan
 * that names no commitment belongs to the cycle running on its date.
 */
final class CycleFacts {

	record Facts(LocalDate planSubmitted, List<LocalDate> reports, List<LocalDate> meis) {

	}

	private CycleFacts() {
	}

	/**
	 * @param oldestFirst the signatory's commitments by council decision, oldest first
	 * @param reports the signatory's reports
	 * @param submissions the signatory's plans' first submissions to the Covenant; the
	 * earliest in a cycle counts
	 */
	static Map<Long, Facts> of(List<CommitmentView> oldestFirst, List<ReportView> reports,
			List<ActionPlanOverview.Submission> submissions) {
		Map<Long, LocalDate> planSubmissions = new HashMap<>();
		for (ActionPlanOverview.Submission submission : submissions) {
			Long cycle = cycleOf(oldestFirst, submission.commitmentId(), submission.submittedOn());
			if (cycle != null) {
				planSubmissions.merge(cycle, submission.submittedOn(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		Map<Long, List<LocalDate>> reportDates = new HashMap<>();
		Map<Long, List<LocalDate>> meiDates = new HashMap<>();
		for (ReportView report : reports) {
			if (report.status() != ReportStatus.SUBMITTED_TO_COVENANT || report.covenantSubmissionDate() == null) {
				continue;
			}
			Long cycle = cycleOf(oldestFirst, report.commitmentId(), report.covenantSubmissionDate());
			if (cycle == null) {
				continue;
			}
			reportDates.computeIfAbsent(cycle, (id) -> new ArrayList<>()).add(report.covenantSubmissionDate());
			if (report.type() == ReportType.FULL_REPORT) {
				meiDates.computeIfAbsent(cycle, (id) -> new ArrayList<>()).add(report.covenantSubmissionDate());
			}
		}
		Map<Long, Facts> facts = new HashMap<>();
		for (CommitmentView commitment : oldestFirst) {
			facts.put(commitment.id(),
					new Facts(planSubmissions.get(commitment.id()),
							reportDates.getOrDefault(commitment.id(), List.of()),
							meiDates.getOrDefault(commitment.id(), List.of())));
		}
		return facts;
	}

	/**
	 * The named commitment if it is the signatory's, else the one running on the date.
	 */
	static Long cycleOf(List<CommitmentView> oldestFirst, Long named, LocalDate date) {
		if (named != null && oldestFirst.stream().anyMatch((c) -> c.id() == named)) {
			return named;
		}
		Long running = oldestFirst.isEmpty() ? null : oldestFirst.get(0).id();
		for (CommitmentView commitment : oldestFirst) {
			if (!commitment.councilDecisionDate().isAfter(date)) {
				running = commitment.id();
			}
		}
		return running;
	}

}
