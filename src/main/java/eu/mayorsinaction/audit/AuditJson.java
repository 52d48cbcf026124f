package eu.mayorsinaction.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The before/after values are kept as JSON text, so any module can record any fields. */
final class AuditJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AuditJson() {
	}

	static String write(Map<String, Object> values) {
		return values.isEmpty() ? null : JSON.writeValueAsString(values);
	}

	static Map<String, Object> read(String text) {
		if (text == null || text.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

}
