package eu.mayorsinaction.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A signatory's computed deadlines in date order, the next one to act on (the latest
 * missed one not answered since — then it is overdue — else the earliest open one) and
 * the extensions granted.
 */
public record ScheduleView(long signatoryId, LocalDate today, List<DeadlineView> deadlines, DeadlineView next,
		List<ExtensionView> extensions) {

	public long missed() {
		return this.deadlines.stream().filter((d) -> d.state() == DeadlineState.MISSED).count();
	}

}
