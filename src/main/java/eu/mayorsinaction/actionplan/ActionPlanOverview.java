package eu.mayorsinaction.actionplan;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an overview over many signatories needs of their action plans, in two queries:
 * whether a plan is approved by the council, how many actions there are and when a plan
 * or action last changed. For modules that have checked the person's access to these
 * signatories already (e.g. a coordinator's cockpit).
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanOverview {

	/**
	 * One signatory's plans in short.
	 *
	 * @param approvedPlan a plan has a council approval date and is past draft
	 */
	public record Facts(boolean approvedPlan, int actions, Instant lastChange) {

	}

	/**
	 * A plan's first submission to the Covenant (its first frozen edition).
	 *
	 * @param commitmentId the commitment the plan answers, {@code null}: the one current
	 * on the date
	 */
	public record Submission(long signatoryId, long planId, Long commitmentId, java.time.LocalDate submittedOn) {

	}

	private final JdbcClient jdbc;

	ActionPlanOverview(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, Facts> of(Collection<Long> signatoryIds) {
		Map<Long, Facts> facts = new HashMap<>();
		if (signatoryIds.isEmpty()) {
			return facts;
		}
		List<Object[]> plans = this.jdbc.sql("""
				select signatory_id,
				  sum(case when approval_date is not null and status <> 'DRAFT' then 1 else 0 end), max(updated_at)
				from action_plan where signatory_id in (:ids) group by signatory_id
				""")
			.param("ids", signatoryIds)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant() })
			.list();
		Map<Long, Object[]> actions = new HashMap<>();
		this.jdbc.sql("""
				select signatory_id, count(*), max(updated_at) from plan_action where signatory_id in (:ids)
				group by signatory_id
				""")
			.param("ids", signatoryIds)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant() })
			.list()
			.forEach((row) -> actions.put((Long) row[0], row));
		for (Object[] plan : plans) {
			Object[] action = actions.get((Long) plan[0]);
			Instant last = (Instant) plan[2];
			if (action != null && ((Instant) action[2]).isAfter(last)) {
				last = (Instant) action[2];
			}
			facts.put((Long) plan[0],
					new Facts((Long) plan[1] > 0, (action != null) ? ((Long) action[1]).intValue() : 0, last));
		}
		return facts;
	}

	/** The first submission of every submitted plan of these signatories. */
	public List<Submission> submissions(Collection<Long> signatoryIds) {
		if (signatoryIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select p.signatory_id, p.id, p.commitment_id, min(s.submitted_on)
				from action_plan p join action_plan_snapshot s on s.plan_id = p.id
				where p.signatory_id in (:ids) group by p.signatory_id, p.id, p.commitment_id
				""").param("ids", signatoryIds).query((rs, row) -> {
			long commitment = rs.getLong(3);
			Long commitmentId = rs.wasNull() ? null : commitment;
			return new Submission(rs.getLong(1), rs.getLong(2), commitmentId, rs.getDate(4).toLocalDate());
		}).list();
	}

}
