package eu.mayorsinaction.monitoring.web;

import eu.mayorsinaction.monitoring.ReminderLeadTimes;
import eu.mayorsinaction.monitoring.ReminderLeadTimesData;
import eu.mayorsinaction.monitoring.ReminderLeadTimesView;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organisations/{id}/reminders")
@Tag(name = "Monitoring")
class ReminderSettingsApi {

	private final ReminderLeadTimes leadTimes;

	ReminderSettingsApi(ReminderLeadTimes leadTimes) {
		this.leadTimes = leadTimes;
	}

	@GetMapping
	@Operation(summary = "The organisation's reminder lead times",
			description = "Days before a deadline on which reminders are sent; defaults (60, 30, 7) until set.")
	ReminderLeadTimesView get(Actor actor, @PathVariable long id) {
		return this.leadTimes.leadTimes(actor, new OrganisationId(id));
	}

	@PutMapping
	@Operation(summary = "Replace the organisation's reminder lead times",
			description = "Its admins only: 1 to 5 distinct values of 0 to 365 days (400 naming the field days).")
	ReminderLeadTimesView put(Actor actor, @PathVariable long id, @RequestBody ReminderLeadTimesData data) {
		return this.leadTimes.update(actor, new OrganisationId(id), data);
	}

}
