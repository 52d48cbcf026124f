package eu.mayorsinaction.inventory;

import java.util.List;

/**
 * A factor set CSV as read, before anything is stored: every factor row, every problem
 * with the line and column it is on, and the version the set would get. Nothing is stored
 * while {@link #errors()} is not empty.
 *
 * @param version the version the set gets when stored (1 for a new name, else the latest
 * version + 1)
 */
public record FactorSetUpload(FactorSetDraft draft, int version, List<Row> rows, List<RowError> errors) {

	public FactorSetUpload {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	public boolean valid() {
		return this.errors.isEmpty() && !this.rows.isEmpty();
	}

	public List<Row> fuelRows() {
		return this.rows.stream().filter((row) -> row.kind() == Kind.FUEL).toList();
	}

	public List<Row> electricityRows() {
		return this.rows.stream().filter((row) -> row.kind() == Kind.ELECTRICITY).toList();
	}

	FactorSetUpload withDraft(FactorSetDraft draft, int version) {
		return new FactorSetUpload(draft, version, this.rows, this.errors);
	}

	/** The two kinds of rows of the CSV. */
	public enum Kind {

		FUEL, ELECTRICITY

	}

	/**
	 * One factor of the file.
	 *
	 * @param line the line in the file (the header is line 1)
	 * @param key the carrier (fuel) or country code (electricity)
	 * @param year the year of an electricity factor, {@code null} for a fuel
	 * @param factor t/MWh
	 */
	public record Row(long line, Kind kind, String key, Integer year, double factor) {

		/** The factor as written (for display without rounding). */
		public java.math.BigDecimal exactFactor() {
			return java.math.BigDecimal.valueOf(this.factor);
		}

	}

	/**
	 * A problem in the file.
	 *
	 * @param line the line in the file (the header is line 1; 0 for the whole file)
	 * @param column the column at fault, or {@code null} for the whole row or file
	 * @param code message key
	 * @param arguments message arguments
	 */
	public record RowError(long line, String column, String code, List<Object> arguments) {
	}

}
