package eu.mayorsinaction.actionplan.export;

import java.util.Locale;

import eu.mayorsinaction.shared.InvalidInput;

/** The formats a plan exports to, with file extension and content type. */
public enum PlanExportFormat {

	/** The action-plan sheet of a filled copy of the SEAP template (.xls). */
	TEMPLATE("xls", "application/vnd.ms-excel"),
	/** The table of actions, UTF-8 with a byte-order mark. */
	CSV("csv", "text/csv;charset=UTF-8"),
	/** The table of actions and the plan's figures as an Excel workbook. */
	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	PlanExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	public String extension() {
		return this.extension;
	}

	public String contentType() {
		return this.contentType;
	}

	/**
	 * The format of a request parameter ({@code template}, {@code csv}, {@code xlsx}, any
	 * case); {@code null} or blank: the template.
	 * @throws InvalidInput naming the field {@code format} for any other value
	 */
	public static PlanExportFormat parse(String value) {
		if (value == null || value.isBlank()) {
			return TEMPLATE;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			String shown = (value.length() > 40) ? value.substring(0, 40) + "…" : value;
			throw new InvalidInput("format", "planexport.error.format", shown);
		}
	}

}
