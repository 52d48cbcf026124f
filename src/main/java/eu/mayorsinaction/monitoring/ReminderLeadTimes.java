package eu.mayorsinaction.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Audited;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;
import eu.mayorsinaction.shared.InvalidInput.FieldViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder lead times of each organisation. Anyone who may see the organisation may
 * read them; its admins (and the platform admin) change them. An organisation that has
 * set none uses {@link #DEFAULTS}.
 */
@Service
@Transactional
public class ReminderLeadTimes {

	/** 60, 30 and 7 days before a deadline. */
	static final List<Integer> DEFAULTS = List.of(60, 30, 7);

	private final OrganisationManagement organisations;

	static final String AUDIT_TYPE = "REMINDER_LEAD_TIMES";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ReminderLeadTimes(OrganisationManagement organisations, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.jdbc = jdbc;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public ReminderLeadTimesView leadTimes(Actor actor, OrganisationId id) {
		this.organisations.getOrganisation(actor, id);
		List<Integer> stored = stored(id.value());
		return new ReminderLeadTimesView(id.value(), stored.isEmpty() ? DEFAULTS : stored, stored.isEmpty(),
				this.organisations.canEditOrganisation(actor, id));
	}

	/**
	 * Replaces the organisation's lead times.
	 * @throws InvalidInput naming the field {@code days}; nothing is stored
	 */
	public ReminderLeadTimesView update(Actor actor, OrganisationId id, ReminderLeadTimesData data) {
		OrganisationView organisation = this.organisations.getOrganisation(actor, id);
		if (!this.organisations.canEditOrganisation(actor, id)) {
			throw new Forbidden();
		}
		List<Integer> days = (data == null || data.days() == null) ? List.of() : data.days();
		List<FieldViolation> violations = new ArrayList<>();
		if (days.isEmpty()) {
			violations.add(new FieldViolation("days", "reminders.error.required"));
		}
		if (days.size() > ReminderLeadTimesData.MAX_VALUES) {
			violations.add(new FieldViolation("days", "reminders.error.tooMany", ReminderLeadTimesData.MAX_VALUES));
		}
		Set<Integer> seen = new HashSet<>();
		for (Integer day : days) {
			if (day == null || day < 0 || day > ReminderLeadTimesData.MAX_DAYS) {
				violations.add(new FieldViolation("days", "reminders.error.range", String.valueOf(day), 0,
						ReminderLeadTimesData.MAX_DAYS));
			}
			else if (!seen.add(day)) {
				violations.add(new FieldViolation("days", "reminders.error.duplicate", String.valueOf(day)));
			}
		}
		if (!violations.isEmpty()) {
			throw new InvalidInput(violations);
		}
		List<Integer> before = stored(id.value());
		this.jdbc.sql("delete from reminder_lead_time where organisation_id = :id").param("id", id.value()).update();
		for (Integer day : seen) {
			this.jdbc.sql("insert into reminder_lead_time (organisation_id, days) values (:id, :days)")
				.param("id", id.value())
				.param("days", day)
				.update();
		}
		ReminderLeadTimesView after = leadTimes(actor, id);
		this.events.publishEvent(Audited.updated(actor, AUDIT_TYPE, id.value(), organisation.name(), null, id.value(),
				Map.of("days", before.isEmpty() ? "default " + DEFAULTS : before.toString()),
				Map.of("days", after.days().toString())));
		return after;
	}

	/**
	 * The union of the organisations' lead times (each one's defaults when it has set
	 * none); the defaults for a signatory no organisation supports.
	 */
	@Transactional(readOnly = true)
	Set<Integer> union(Collection<Long> organisationIds) {
		return union(stored(organisationIds), organisationIds);
	}

	/**
	 * The same union from lead times read before for many organisations at once.
	 * @param stored what {@link #stored(Collection)} answered for (at least) these
	 * organisations
	 */
	static Set<Integer> union(Map<Long, List<Integer>> stored, Collection<Long> organisationIds) {
		Set<Integer> union = new TreeSet<>(Comparator.reverseOrder());
		if (organisationIds.isEmpty()) {
			union.addAll(DEFAULTS);
			return union;
		}
		for (Long id : organisationIds) {
			union.addAll(stored.getOrDefault(id, DEFAULTS));
		}
		return union;
	}

	/**
	 * The lead times the organisations have set, in one query; organisations that set
	 * none are absent.
	 */
	@Transactional(readOnly = true)
	Map<Long, List<Integer>> stored(Collection<Long> organisationIds) {
		Map<Long, List<Integer>> byOrganisation = new java.util.HashMap<>();
		if (organisationIds.isEmpty()) {
			return byOrganisation;
		}
		this.jdbc.sql("select organisation_id, days from reminder_lead_time where organisation_id in (:ids)")
			.param("ids", organisationIds)
			.query((rs, n) -> {
				byOrganisation.computeIfAbsent(rs.getLong(1), (k) -> new ArrayList<>()).add(rs.getInt(2));
				return null;
			})
			.list();
		return byOrganisation;
	}

	private List<Integer> stored(long organisationId) {
		return this.jdbc.sql("select days from reminder_lead_time where organisation_id = :id order by days desc")
			.param("id", organisationId)
			.query(Integer.class)
			.list();
	}

}
