package eu.mayorsinaction.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values the audit trail keeps of each object, as plain JSON-friendly values (dates
 * as ISO text).
 */
final class Snapshots {

	private Snapshots() {
	}

	static Map<String, Object> of(SignatoryView s) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", s.name());
		values.put("country", s.country());
		values.put("region", s.region());
		values.put("population", s.population());
		values.put("populationYear", s.populationYear());
		values.put("populationSource", s.populationSource());
		values.put("areaKm2", text(s.areaKm2()));
		values.put("latitude", text(s.latitude()));
		values.put("longitude", text(s.longitude()));
		values.put("adhesionDate", text(s.adhesionDate()));
		values.put("status", text(s.status()));
		values.put("jointPlanGroup", s.jointPlanGroup());
		values.put("illustrative", s.illustrative());
		return values;
	}

	static Map<String, Object> of(OrganisationView o) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("kind", text(o.kind()));
		values.put("name", o.name());
		values.put("country", o.country());
		values.put("territory", o.territory());
		values.put("contactName", o.contactName());
		values.put("contactEmail", o.contactEmail());
		values.put("website", o.website());
		return values;
	}

	static Map<String, Object> of(CommitmentView c) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("framework", text(c.framework()));
		values.put("councilDecisionDate", text(c.councilDecisionDate()));
		values.put("targetPercent", text(c.targetPercent()));
		values.put("targetYear", c.targetYear());
		values.put("targetKind", text(c.targetKind()));
		return values;
	}

	static Map<String, Object> of(SupportView r) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("organisation", r.organisationName());
		values.put("signatory", r.signatoryName());
		values.put("since", text(r.since()));
		values.put("until", text(r.until()));
		return values;
	}

	private static String text(Object value) {
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		return (value != null) ? value.toString() : null;
	}

}
