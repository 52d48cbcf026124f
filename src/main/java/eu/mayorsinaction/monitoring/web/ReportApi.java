package eu.mayorsinaction.monitoring.web;

import java.time.LocalDate;
import java.util.List;

import eu.mayorsinaction.monitoring.MonitoringReports;
import eu.mayorsinaction.monitoring.ReportCheckView;
import eu.mayorsinaction.monitoring.ReportData;
import eu.mayorsinaction.monitoring.ReportView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/signatories/{id}/reports")
@Tag(name = "Monitoring")
class ReportApi {

	private final MonitoringReports reports;

	ReportApi(MonitoringReports reports) {
		this.reports = reports;
	}

	/**
	 * A workflow step: the version read, and a comment or date where the step takes one.
	 */
	record Step(Integer version, String comment, LocalDate date) {

	}

	@GetMapping
	@Operation(summary = "The signatory's monitoring reports")
	List<ReportView> reports(Actor actor, @PathVariable long id) {
		return this.reports.reports(actor, new SignatoryId(id));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Start a report (draft)",
			description = "ACTION_REPORT (actions' statuses) or FULL_REPORT (with an MEI). Bad input answers 400 "
					+ "naming the fields; a viewer 403; another tenant's signatory 404.")
	ReportView create(Actor actor, @PathVariable long id, @RequestBody ReportData report) {
		return this.reports.create(actor, new SignatoryId(id), report);
	}

	@GetMapping("/{reportId}")
	@Operation(summary = "One report")
	ReportView report(Actor actor, @PathVariable long id, @PathVariable long reportId) {
		return this.reports.report(actor, new SignatoryId(id), reportId);
	}

	@PutMapping("/{reportId}")
	@Operation(summary = "Change a draft or returned report",
			description = "The version read must be sent: another version answers 409.")
	ReportView update(Actor actor, @PathVariable long id, @PathVariable long reportId, @RequestBody ReportData report) {
		return this.reports.update(actor, new SignatoryId(id), reportId, report);
	}

	@DeleteMapping("/{reportId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a draft report")
	void delete(Actor actor, @PathVariable long id, @PathVariable long reportId) {
		this.reports.delete(actor, new SignatoryId(id), reportId);
	}

	@GetMapping("/{reportId}/check")
	@Operation(summary = "The pre-submission check",
			description = "Plan approved by the council, target at least the framework's minimum, BEI covering 3 of "
					+ "4 key sectors, actions covering 2 of 4, at least 3 Benchmarks of Excellence, completeness.")
	ReportCheckView check(Actor actor, @PathVariable long id, @PathVariable long reportId) {
		return this.reports.check(actor, new SignatoryId(id), reportId);
	}

	@PostMapping("/{reportId}/submit")
	@Operation(summary = "Submit to the coordinator",
			description = "From DRAFT or RETURNED; a failing check answers 400 listing the criteria; the plan's "
					+ "actions are frozen into the report.")
	ReportView submit(Actor actor, @PathVariable long id, @PathVariable long reportId, @RequestBody Step step) {
		return this.reports.submit(actor, new SignatoryId(id), reportId, step.version());
	}

	@PostMapping("/{reportId}/approve")
	@Operation(summary = "The coordinator approves a submitted report",
			description = "Only staff of a supporting organisation (or the admin): the municipality itself gets 403.")
	ReportView approve(Actor actor, @PathVariable long id, @PathVariable long reportId, @RequestBody Step step) {
		return this.reports.decide(actor, new SignatoryId(id), reportId, step.version(), true, step.comment());
	}

	@PostMapping("/{reportId}/return")
	@Operation(summary = "The coordinator returns a submitted report with a comment (required)")
	ReportView giveBack(Actor actor, @PathVariable long id, @PathVariable long reportId, @RequestBody Step step) {
		return this.reports.decide(actor, new SignatoryId(id), reportId, step.version(), false, step.comment());
	}

	@PostMapping("/{reportId}/covenant-submission")
	@Operation(summary = "Record the submission to the Covenant on a date",
			description = "From APPROVED (or, for a signatory without a coordinator, from DRAFT/RETURNED after the "
					+ "check); the date may not be in the future.")
	ReportView recordSubmission(Actor actor, @PathVariable long id, @PathVariable long reportId,
			@RequestBody Step step) {
		return this.reports.recordCovenantSubmission(actor, new SignatoryId(id), reportId, step.version(), step.date());
	}

}
