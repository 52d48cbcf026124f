package eu.mayorsinaction.actionplan;

import java.time.LocalDate;

/** A value of an indicator measured on a date. */
public record IndicatorValueData(LocalDate date, Double value, String note) {

}
