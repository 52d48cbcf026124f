package eu.mayorsinaction.monitoring;

/** Where a deadline stands today: met, met late (a plan only), missed or still open. */
public enum DeadlineState {

	MET, MET_LATE, MISSED, OPEN

}
