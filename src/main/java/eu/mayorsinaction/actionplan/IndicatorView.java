package eu.mayorsinaction.actionplan;

import java.time.LocalDate;
import java.util.List;

/** An indicator of an action with its values over time (oldest first). */
public record IndicatorView(long id, long actionId, String name, String unit, Double targetValue, List<Value> values) {

	/** A value measured on a date. */
	public record Value(long id, LocalDate date, double value, String note) {
	}

}
