package eu.mayorsinaction.monitoring.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadlines of a signatory's Covenant cycles (domain brief §5).
 * <ul>
 * <li>The plan is due {@code yearsToSubmitPlan} years after the cycle starts (adhesion
 * for the first commitment, the council's decision for a renewal): 1 year for a SEAP, 2
 * for a SECAP.</li>
 * <li>From the date the plan was submitted to the Covenant, a monitoring report is due
 * every 2 years and an MEI at least every 4 years (both clocks run from that date), for
 * as long as the cycle lasts: until the end of its target year, or until a renewal starts
 * the next cycle, whichever comes first. Without a submitted plan there are no report
 * deadlines yet.</li>
 * <li>A report or MEI meets the deadline whose window — after the previous deadline of
 * its kind (or the plan's submission), up to this one — holds its date. A deadline whose
 * window passed without one is missed; reporting later answers the next deadline, it does
 * not repair the missed one (the Covenant's rule: each period is reported).</li>
 * <li>An extension replaces a deadline's date; the window of the following deadline then
 * starts at the extended date. The schedule does not judge whether an extension is
 * allowed (it must end after the original date: checked where it is entered).</li>
 * </ul>
 */
public final class CovenantSchedule {

	static final int REPORT_INTERVAL_YEARS = 2;

	static final int MEI_INTERVAL_YEARS = 4;

	private CovenantSchedule() {
	}

	/** The kinds of deadline. */
	public enum Kind {

		PLAN, MONITORING_REPORT, MEI

	}

	/** Where a deadline stands on the day asked about. */
	public enum State {

		/** Met on or before the (extended) date. */
		MET,
		/** The plan was submitted, but after its (extended) date. */
		MET_LATE,
		/** The date passed without it. */
		MISSED,
		/** Still to come (or due today). */
		OPEN

	}

	/**
	 * One commitment's cycle.
	 *
	 * @param name what the cycle is called (e.g. the framework, {@code COM_2020})
	 * @param start adhesion, or the council's decision of a renewal
	 * @param yearsToSubmitPlan 1 for a SEAP, 2 for a SECAP
	 * @param targetYear the commitment's target year; the cycle's reporting ends with it
	 * @param planSubmitted the date the plan was submitted to the Covenant, or
	 * {@code null}
	 * @param reports dates monitoring reports were submitted to the Covenant
	 * @param meis dates MEIs were submitted to the Covenant (with a full report)
	 */
	public record Cycle(String name, LocalDate start, int yearsToSubmitPlan, int targetYear, LocalDate planSubmitted,
			List<LocalDate> reports, List<LocalDate> meis) {

		public Cycle {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(start, "start");
			if (yearsToSubmitPlan < 1) {
				throw new IllegalArgumentException("yearsToSubmitPlan must be at least 1");
			}
			reports = (reports != null) ? List.copyOf(reports) : List.of();
			meis = (meis != null) ? List.copyOf(meis) : List.of();
		}

	}

	/**
	 * A deadline moved: the one of {@code kind} with {@code number} (1 = the first of its
	 * kind) in the cycle called {@code cycle}.
	 */
	public record Extension(String cycle, Kind kind, int number, LocalDate newDate) {

	}

	/**
	 * A deadline.
	 *
	 * @param number 1 = the first of its kind in its cycle
	 * @param originalDate as the rules give it
	 * @param dueDate the date in force (an extension's, else the original)
	 * @param metOn the submission that met it, or {@code null}
	 */
	public record Deadline(String cycle, Kind kind, int number, LocalDate originalDate, LocalDate dueDate,
			LocalDate metOn, State state) {

		public boolean extended() {
			return !this.dueDate.equals(this.originalDate);
		}

	}

	/**
	 * The deadlines of all cycles in date order.
	 * @param cycles in the order they started; each ends when the next starts
	 * @param extensions the extensions granted
	 * @param today the day the states are judged on
	 */
	public static List<Deadline> deadlines(List<Cycle> cycles, List<Extension> extensions, LocalDate today) {
		List<Cycle> ordered = cycles.stream().sorted(Comparator.comparing(Cycle::start)).toList();
		List<Deadline> deadlines = new ArrayList<>();
		for (int i = 0; i < ordered.size(); i++) {
			Cycle cycle = ordered.get(i);
			LocalDate nextStart = (i + 1 < ordered.size()) ? ordered.get(i + 1).start() : null;
			deadlines.addAll(cycleDeadlines(cycle, nextStart, extensions, today));
		}
		deadlines.sort(Comparator.comparing(Deadline::dueDate).thenComparing(Deadline::kind));
		return List.copyOf(deadlines);
	}

	/** The first deadline not met yet (missed or open), if any. */
	public static Optional<Deadline> next(List<Deadline> deadlines) {
		return deadlines.stream()
			.filter((d) -> d.state() == State.MISSED || d.state() == State.OPEN)
			.min(Comparator.comparing(Deadline::dueDate));
	}

	private static List<Deadline> cycleDeadlines(Cycle cycle, LocalDate nextStart, List<Extension> extensions,
			LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		LocalDate planOriginal = cycle.start().plusYears(cycle.yearsToSubmitPlan());
		if (nextStart != null && !planOriginal.isBefore(nextStart) && cycle.planSubmitted() == null) {
			// Renewed before its plan was due: the renewal's own plan deadline replaces
			// it.
			return deadlines;
		}
		LocalDate planDue = extended(extensions, cycle.name(), Kind.PLAN, 1, planOriginal);
		LocalDate submitted = cycle.planSubmitted();
		State planState = (submitted != null) ? (submitted.isAfter(planDue) ? State.MET_LATE : State.MET)
				: today.isAfter(planDue) ? State.MISSED : State.OPEN;
		deadlines.add(new Deadline(cycle.name(), Kind.PLAN, 1, planOriginal, planDue, submitted, planState));
		if (submitted == null) {
			return deadlines;
		}
		LocalDate end = LocalDate.of(cycle.targetYear(), 12, 31);
		if (nextStart != null && nextStart.isBefore(end)) {
			end = nextStart;
		}
		deadlines.addAll(periodic(cycle, Kind.MONITORING_REPORT, REPORT_INTERVAL_YEARS, cycle.reports(), end,
				extensions, today));
		deadlines.addAll(periodic(cycle, Kind.MEI, MEI_INTERVAL_YEARS, cycle.meis(), end, extensions, today));
		return deadlines;
	}

	private static List<Deadline> periodic(Cycle cycle, Kind kind, int intervalYears, List<LocalDate> submissions,
			LocalDate end, List<Extension> extensions, LocalDate today) {
		List<Deadline> deadlines = new ArrayList<>();
		LocalDate windowStart = cycle.planSubmitted();
		for (int number = 1;; number++) {
			LocalDate original = cycle.planSubmitted().plusYears((long) intervalYears * number);
			if (original.isAfter(end)) {
				return deadlines;
			}
			LocalDate due = extended(extensions, cycle.name(), kind, number, original);
			LocalDate from = windowStart;
			Optional<LocalDate> met = submissions.stream()
				.filter((date) -> date.isAfter(from) && !date.isAfter(due))
				.min(Comparator.naturalOrder());
			State state = met.isPresent() ? State.MET : today.isAfter(due) ? State.MISSED : State.OPEN;
			deadlines.add(new Deadline(cycle.name(), kind, number, original, due, met.orElse(null), state));
			windowStart = due;
		}
	}

	private static LocalDate extended(List<Extension> extensions, String cycle, Kind kind, int number,
			LocalDate original) {
		return extensions.stream()
			.filter((e) -> e.cycle().equals(cycle) && e.kind() == kind && e.number() == number)
			.map(Extension::newDate)
			.max(Comparator.naturalOrder())
			.orElse(original);
	}

}
