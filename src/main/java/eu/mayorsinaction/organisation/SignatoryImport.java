package eu.mayorsinaction.organisation;

import java.util.List;

/**
 * The result of reading a CSV file of signatories: every row as it would be stored, and
 * every problem found with the line and column it is on. Nothing is stored while
 * {@link #errors()} is not empty.
 */
public record SignatoryImport(List<SignatoryData> rows, List<RowError> errors) {

	public SignatoryImport {
		rows = List.copyOf(rows);
		errors = List.copyOf(errors);
	}

	public boolean valid() {
		return errors.isEmpty() && !rows.isEmpty();
	}

	/**
	 * A problem in the file.
	 *
	 * @param line the line in the file (the header is line 1)
	 * @param column the column name at fault, or {@code null} for the whole row or file
	 * @param code message key
	 * @param arguments message arguments
	 */
	public record RowError(long line, String column, String code, List<Object> arguments) {
	}

}
