package eu.mayorsinaction.actionplan;

/** What is entered about an indicator. */
public record IndicatorData(String name, String unit, Double targetValue) {

}
