package eu.mayorsinaction.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * A signatory's computed deadlines in date order, the next one not met (missed or open)
 * and the extensions granted.
 */
public record ScheduleView(long signatoryId, LocalDate today, List<DeadlineView> deadlines, DeadlineView next,
		List<ExtensionView> extensions) {

	public long missed() {
		return this.deadlines.stream().filter((d) -> d.state() == DeadlineState.MISSED).count();
	}

}
