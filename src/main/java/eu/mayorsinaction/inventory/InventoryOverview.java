package eu.mayorsinaction.inventory;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an overview over many signatories needs of their inventories, in one query: which
 * computed BEI/MEI exist and when an inventory last changed. For modules that have
 * checked the person's access to these signatories already (e.g. a coordinator's cockpit
 * over the signatories their organisation supports).
 */
@Service
@Transactional(readOnly = true)
public class InventoryOverview {

	/** One signatory's inventories in short. */
	public record Facts(boolean computedBei, boolean computedMei, Instant lastChange) {

	}

	private final JdbcClient jdbc;

	InventoryOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Facts> of(Collection<Long> signatoryIds) {
		Map<Long, Facts> facts = new HashMap<>();
		if (signatoryIds.isEmpty()) {
			return facts;
		}
		List<Object[]> rows = this.jdbc.sql("""
				select signatory_id,
				  sum(case when type = 'BEI' and status = 'COMPUTED' then 1 else 0 end),
				  sum(case when type = 'MEI' and status = 'COMPUTED' then 1 else 0 end),
				  max(updated_at)
				from inventory where signatory_id in (:ids) group by signatory_id
				""")
			.param("ids", signatoryIds)
			.query((rs,
					row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getLong(3),
							rs.getTimestamp(4).toInstant() })
			.list();
		for (Object[] row : rows) {
			facts.put((Long) row[0], new Facts((Long) row[1] > 0, (Long) row[2] > 0, (Instant) row[3]));
		}
		return facts;
	}

}
