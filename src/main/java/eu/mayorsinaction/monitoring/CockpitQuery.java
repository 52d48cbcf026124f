package eu.mayorsinaction.monitoring;

/**
 * Filter and order of the cockpit; any filter may be {@code null}.
 *
 * @param sort {@code name}, {@code country}, {@code due}, {@code risk},
 * {@code completeness} or {@code activity}; a leading {@code -} reverses it; default:
 * risk first, then the nearest deadline
 */
public record CockpitQuery(String country, CycleStage stage, RiskLevel risk, String sort) {

	public static CockpitQuery all() {
		return new CockpitQuery(null, null, null, null);
	}

}
