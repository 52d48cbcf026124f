package eu.mayorsinaction.monitoring.web;

import eu.mayorsinaction.monitoring.ExtensionData;
import eu.mayorsinaction.monitoring.ExtensionView;
import eu.mayorsinaction.monitoring.MonitoringSchedules;
import eu.mayorsinaction.monitoring.ScheduleView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/signatories/{id}/schedule")
@Tag(name = "Monitoring")
class ScheduleApi {

	private final MonitoringSchedules schedules;

	ScheduleApi(MonitoringSchedules schedules) {
		this.schedules = schedules;
	}

	@GetMapping
	@Operation(summary = "The signatory's computed Covenant deadlines",
			description = "Plan due 1 year (SEAP) or 2 years (SECAP) after adhesion or a renewal; from the plan's "
					+ "submission a monitoring report every 2 years and an MEI every 4 years; extensions applied; "
					+ "states MET, MET_LATE, MISSED, OPEN as of today; daysLeft negative when overdue.")
	ScheduleView schedule(Actor actor, @PathVariable long id) {
		return this.schedules.schedule(actor, new SignatoryId(id));
	}

	@PostMapping("/extensions")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record an extension of a deadline not met yet",
			description = "Names the deadline by commitmentId, kind and number; the new date must be after the date "
					+ "in force and a reason is required (400 naming the fields otherwise). Asked by a supporting "
					+ "organisation's staff, it is marked onBehalf.")
	ExtensionView extend(Actor actor, @PathVariable long id, @RequestBody ExtensionData extension) {
		return this.schedules.extend(actor, new SignatoryId(id), extension);
	}

}
