package eu.mayorsinaction.inventory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bulk import jobs and their row errors in SQL, and the flat reads of the export.
 */
@Repository
class InventoryBulkStore {

	static final int KEPT_ERRORS = 1000;

	private static final String SEPARATOR = "\u001f";

	private final JdbcClient jdbc;

	InventoryBulkStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A job with the account it belongs to. */
	record OwnedJob(long userId, BulkJob job) {
	}

	void create(String id, long userId, int rowsTotal, Instant now) {
		this.jdbc.sql("""
				insert into inventory_bulk_job (id, user_id, state, rows_total, rows_read, rows_stored,
				  inventories_total, inventories_stored, error_count, created_at)
				values (:id, :user, 'RUNNING', :total, 0, 0, 0, 0, 0, :now)
				""")
			.param("id", id)
			.param("user", userId)
			.param("total", rowsTotal)
			.param("now", Timestamp.from(now))
			.update();
	}

	void progress(String id, int rowsRead, int rowsStored, int inventoriesTotal, int inventoriesStored) {
		this.jdbc
			.sql("update inventory_bulk_job set rows_read = :read, rows_stored = :stored, "
					+ "inventories_total = :inventories, inventories_stored = :inventoriesStored where id = :id")
			.param("read", rowsRead)
			.param("stored", rowsStored)
			.param("inventories", inventoriesTotal)
			.param("inventoriesStored", inventoriesStored)
			.param("id", id)
			.update();
	}

	void finish(String id, BulkJob.State state, int errorCount, Instant now) {
		this.jdbc
			.sql("update inventory_bulk_job set state = :state, error_count = :errors, finished_at = :now "
					+ "where id = :id")
			.param("state", state.name())
			.param("errors", errorCount)
			.param("now", Timestamp.from(now))
			.param("id", id)
			.update();
	}

	void addErrors(String id, List<BulkJob.RowError> errors) {
		int order = 0;
		for (BulkJob.RowError error : errors.subList(0, Math.min(errors.size(), KEPT_ERRORS))) {
			this.jdbc.sql("""
					insert into inventory_bulk_job_error (job_id, error_order, line_number, column_name, cell_value,
					  code, arguments) values (:id, :order, :line, :column, :value, :code, :arguments)
					""")
				.param("id", id)
				.param("order", order++)
				.param("line", error.line())
				.param("column", error.column())
				.param("value", cut(error.value(), 200))
				.param("code", error.code())
				.param("arguments",
						cut(String.join(SEPARATOR, Arrays.stream(error.arguments()).map(String::valueOf).toList()),
								2000))
				.update();
		}
	}

	Optional<OwnedJob> find(String id) {
		return this.jdbc.sql("""
				select user_id, id, state, rows_total, rows_read, rows_stored, inventories_total, inventories_stored,
				  error_count, created_at, finished_at from inventory_bulk_job where id = :id
				""").param("id", id).query((rs, row) -> {
			Timestamp finished = rs.getTimestamp("finished_at");
			return new OwnedJob(rs.getLong("user_id"),
					new BulkJob(rs.getString("id"), BulkJob.State.valueOf(rs.getString("state")),
							rs.getInt("rows_total"), rs.getInt("rows_read"), rs.getInt("rows_stored"),
							rs.getInt("inventories_total"), rs.getInt("inventories_stored"), rs.getInt("error_count"),
							rs.getTimestamp("created_at").toInstant(),
							(finished != null) ? finished.toInstant() : null));
		}).optional();
	}

	List<BulkJob.RowError> errors(String id) {
		return this.jdbc
			.sql("select line_number, column_name, cell_value, code, arguments from inventory_bulk_job_error "
					+ "where job_id = :id order by error_order")
			.param("id", id)
			.query((rs, row) -> {
				String arguments = rs.getString("arguments");
				Object[] values = (arguments == null || arguments.isEmpty()) ? new Object[0]
						: arguments.split(SEPARATOR, -1);
				return new BulkJob.RowError(rs.getInt("line_number"), rs.getString("column_name"),
						rs.getString("cell_value"), rs.getString("code"), values);
			})
			.list();
	}

	/** One value of the export, in the long format's columns. */
	record ExportRow(long signatoryId, String type, int year, Integer population, String sector, String carrier,
			Double mwh, Double tco2, String provenance) {
	}

	/**
	 * The values of the signatories' inventories: Table A cells, then non-energy rows,
	 * inventory by inventory (by signatory, type, year).
	 */
	void exportRows(Collection<Long> signatoryIds, Consumer<ExportRow> sink) {
		List<Long> ids = new ArrayList<>(signatoryIds);
		for (int from = 0; from < ids.size(); from += 500) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			this.jdbc
				.sql("""
						select i.signatory_id, i.type, i.inventory_year, i.population, v.sector, v.carrier, v.mwh, v.tco2,
						  v.provenance from inventory i join (
						    select inventory_id, 0 as kind, id as row_order, sector, carrier, mwh, cast(null as double precision) as tco2,
						      provenance from inventory_consumption
						    union all
						    select inventory_id, 1 as kind, 0 as row_order, sector, cast(null as varchar(40)) as carrier,
						      cast(null as double precision) as mwh, tco2, cast(null as varchar(10)) as provenance
						    from inventory_non_energy) v on v.inventory_id = i.id
						where i.signatory_id in (:ids)
						order by i.signatory_id, i.type, i.inventory_year, v.kind, v.row_order, v.sector
						""")
				.param("ids", chunk)
				.query((RowCallbackHandler) (rs) -> {
					double mwh = rs.getDouble("mwh");
					boolean noMwh = rs.wasNull();
					double tco2 = rs.getDouble("tco2");
					boolean noTco2 = rs.wasNull();
					sink.accept(new ExportRow(rs.getLong("signatory_id"), rs.getString("type"),
							rs.getInt("inventory_year"), (Integer) rs.getObject("population", Integer.class),
							rs.getString("sector"), rs.getString("carrier"), noMwh ? null : mwh, noTco2 ? null : tco2,
							rs.getString("provenance")));
				});
		}
	}

	private static String cut(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
