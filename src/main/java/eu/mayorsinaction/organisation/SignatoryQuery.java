package eu.mayorsinaction.organisation;

/**
 * Filters and order for the signatory list; any filter may be {@code null}.
 *
 * @param text part of the name or region
 * @param country ISO code
 * @param status status code
 * @param supporterId only signatories this organisation supports now
 * @param sort one of {@code name}, {@code country}, {@code population}, {@code adhesion};
 * a leading {@code -} sorts descending
 */
public record SignatoryQuery(String text, String country, SignatoryStatus status, Long supporterId, String sort) {

	public static SignatoryQuery all() {
		return new SignatoryQuery(null, null, null, null, null);
	}

}
