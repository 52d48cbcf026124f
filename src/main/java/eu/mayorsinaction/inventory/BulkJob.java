package eu.mayorsinaction.inventory;

import java.time.Instant;

/**
 * A bulk import job as its owner sees it: the rows read (checked) and stored out of all,
 * the inventories stored, and how many row errors were found.
 *
 * @param id the job's id (a UUID)
 * @param state RUNNING, DONE or FAILED
 * @param rowsTotal the data rows of the file (without the header)
 * @param rowsRead the rows checked so far
 * @param rowsStored the rows stored so far (all or none become visible, at the end)
 * @param inventoriesTotal the inventories the file holds (known once every row is read)
 * @param inventoriesStored the inventories stored
 * @param errorCount the row errors found (the report keeps the first 1000)
 * @param createdAt when it started
 * @param finishedAt when it ended, or {@code null}
 */
public record BulkJob(String id, State state, int rowsTotal, int rowsRead, int rowsStored, int inventoriesTotal,
		int inventoriesStored, int errorCount, Instant createdAt, Instant finishedAt) {

	public enum State {

		RUNNING, DONE, FAILED

	}

	/** Reading counts for the first half of the bar, storing for the second. */
	public int percent() {
		if (this.state != State.RUNNING) {
			return 100;
		}
		if (this.rowsTotal <= 0) {
			return 0;
		}
		long done = (long) this.rowsRead + this.rowsStored;
		return (int) Math.min(99, done * 100 / (2L * this.rowsTotal));
	}

	public boolean running() {
		return this.state == State.RUNNING;
	}

	/**
	 * One row error of the report.
	 *
	 * @param line the line of the file (1 is the header)
	 * @param column the column at fault, or {@code null} for the whole row
	 * @param value the value read, or {@code null}
	 * @param code the message key
	 * @param arguments the message's arguments
	 */
	public record RowError(int line, String column, String value, String code, Object... arguments) {
	}

}
