package eu.mayorsinaction.actionplan.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.BudgetLineData;
import eu.mayorsinaction.actionplan.BudgetLineView;
import eu.mayorsinaction.actionplan.BudgetView;
import eu.mayorsinaction.actionplan.CommentView;
import eu.mayorsinaction.actionplan.EvidenceFile;
import eu.mayorsinaction.actionplan.EvidenceView;
import eu.mayorsinaction.actionplan.IndicatorData;
import eu.mayorsinaction.actionplan.IndicatorValueData;
import eu.mayorsinaction.actionplan.IndicatorView;
import eu.mayorsinaction.actionplan.MilestoneData;
import eu.mayorsinaction.actionplan.MilestoneView;
import eu.mayorsinaction.actionplan.StakeholderData;
import eu.mayorsinaction.actionplan.StakeholderView;
import eu.mayorsinaction.audit.AuditEntryView;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The details of an action: stakeholders, milestones, budget lines, indicators, evidence
 * files, comments and history. A signatory the person may not see answers 404, a change
 * by a person who may only see it 403, bad input 400 naming the fields.
 */
@RestController
@RequestMapping("/api/v1/signatories/{id}/actions/{actionId}")
@Tag(name = "Action details")
class ActionDetailApi {

	private final ActionDetails details;

	ActionDetailApi(ActionDetails details) {
		this.details = details;
	}

	// Stakeholders

	@GetMapping("/stakeholders")
	@Operation(summary = "The action's stakeholders")
	List<StakeholderView> stakeholders(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.stakeholders(actor, new SignatoryId(id), actionId);
	}

	@PostMapping("/stakeholders")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a stakeholder (name required; role and contact optional)")
	StakeholderView addStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestBody StakeholderData data) {
		return this.details.addStakeholder(actor, new SignatoryId(id), actionId, data);
	}

	@PutMapping("/stakeholders/{stakeholderId}")
	@Operation(summary = "Change a stakeholder")
	StakeholderView updateStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long stakeholderId, @RequestBody StakeholderData data) {
		return this.details.updateStakeholder(actor, new SignatoryId(id), actionId, stakeholderId, data);
	}

	@DeleteMapping("/stakeholders/{stakeholderId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a stakeholder")
	void deleteStakeholder(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long stakeholderId) {
		this.details.deleteStakeholder(actor, new SignatoryId(id), actionId, stakeholderId);
	}

	// Milestones

	@GetMapping("/milestones")
	@Operation(summary = "The action's milestones and tasks, by due date")
	List<MilestoneView> milestones(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.milestones(actor, new SignatoryId(id), actionId);
	}

	@PostMapping("/milestones")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a milestone or task",
			description = "Title and due date required; the responsible user must be able to see the signatory.")
	MilestoneView addMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestBody MilestoneData data) {
		return this.details.addMilestone(actor, new SignatoryId(id), actionId, data);
	}

	@PutMapping("/milestones/{milestoneId}")
	@Operation(summary = "Change a milestone (e.g. mark it done)")
	MilestoneView updateMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long milestoneId, @RequestBody MilestoneData data) {
		return this.details.updateMilestone(actor, new SignatoryId(id), actionId, milestoneId, data);
	}

	@DeleteMapping("/milestones/{milestoneId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a milestone")
	void deleteMilestone(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long milestoneId) {
		this.details.deleteMilestone(actor, new SignatoryId(id), actionId, milestoneId);
	}

	// Budget

	@GetMapping("/budget")
	@Operation(summary = "The yearly budget lines with totals per year and overall [EUR]")
	BudgetView budget(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.budget(actor, new SignatoryId(id), actionId);
	}

	@PostMapping("/budget")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add a budget line [EUR]",
			description = "Year, kind (INVESTMENT or OPERATING) and a planned or actual amount of zero or more.")
	BudgetLineView addBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestBody BudgetLineData data) {
		return this.details.addBudgetLine(actor, new SignatoryId(id), actionId, data);
	}

	@PutMapping("/budget/{lineId}")
	@Operation(summary = "Change a budget line [EUR]")
	BudgetLineView updateBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long lineId, @RequestBody BudgetLineData data) {
		return this.details.updateBudgetLine(actor, new SignatoryId(id), actionId, lineId, data);
	}

	@DeleteMapping("/budget/{lineId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove a budget line")
	void deleteBudgetLine(Actor actor, @PathVariable long id, @PathVariable long actionId, @PathVariable long lineId) {
		this.details.deleteBudgetLine(actor, new SignatoryId(id), actionId, lineId);
	}

	// Indicators

	@GetMapping("/indicators")
	@Operation(summary = "The action's indicators with their values over time")
	List<IndicatorView> indicators(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.indicators(actor, new SignatoryId(id), actionId);
	}

	@PostMapping("/indicators")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Add an indicator (name and unit required, target optional)")
	IndicatorView addIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestBody IndicatorData data) {
		return this.details.addIndicator(actor, new SignatoryId(id), actionId, data);
	}

	@PutMapping("/indicators/{indicatorId}")
	@Operation(summary = "Change an indicator")
	IndicatorView updateIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, @RequestBody IndicatorData data) {
		return this.details.updateIndicator(actor, new SignatoryId(id), actionId, indicatorId, data);
	}

	@DeleteMapping("/indicators/{indicatorId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Remove an indicator with its values")
	void deleteIndicator(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId) {
		this.details.deleteIndicator(actor, new SignatoryId(id), actionId, indicatorId);
	}

	@PostMapping("/indicators/{indicatorId}/values")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a value of an indicator (date and value required)")
	IndicatorView addIndicatorValue(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, @RequestBody IndicatorValueData data) {
		return this.details.addIndicatorValue(actor, new SignatoryId(id), actionId, indicatorId, data);
	}

	@DeleteMapping("/indicators/{indicatorId}/values/{valueId}")
	@Operation(summary = "Remove a value of an indicator")
	IndicatorView deleteIndicatorValue(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long indicatorId, @PathVariable long valueId) {
		return this.details.deleteIndicatorValue(actor, new SignatoryId(id), actionId, indicatorId, valueId);
	}

	// Evidence

	@GetMapping("/evidence")
	@Operation(summary = "The action's evidence files (without content)")
	List<EvidenceView> evidence(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.evidence(actor, new SignatoryId(id), actionId);
	}

	@PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload an evidence file (multipart field \"file\")",
			description = "PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, ODT, ODS, DOC, XLS or CSV, checked by content; "
					+ "at most 10 MB unless configured otherwise (mia.evidence.max-bytes). Anything else answers 400 "
					+ "and stores nothing.")
	EvidenceView addEvidence(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		return this.details.addEvidence(actor, new SignatoryId(id), actionId,
				(file != null) ? file.getOriginalFilename() : null, (file != null) ? file.getBytes() : new byte[0]);
	}

	@GetMapping("/evidence/{evidenceId}")
	@Operation(summary = "Download an evidence file (always as an attachment)")
	ResponseEntity<byte[]> download(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long evidenceId) {
		EvidenceFile file = this.details.evidenceFile(actor, new SignatoryId(id), actionId, evidenceId);
		return attachment(file);
	}

	@DeleteMapping("/evidence/{evidenceId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete an evidence file")
	void deleteEvidence(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@PathVariable long evidenceId) {
		this.details.deleteEvidence(actor, new SignatoryId(id), actionId, evidenceId);
	}

	// Comments

	@GetMapping("/comments")
	@Operation(summary = "The comments on the action, oldest first")
	List<CommentView> comments(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.comments(actor, new SignatoryId(id), actionId);
	}

	@PostMapping("/comments")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Post a comment ({\"text\": …})")
	CommentView addComment(Actor actor, @PathVariable long id, @PathVariable long actionId,
			@RequestBody CommentRequest request) {
		return this.details.addComment(actor, new SignatoryId(id), actionId, (request != null) ? request.text() : null);
	}

	@DeleteMapping("/comments/{commentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a comment: its author or a platform admin")
	void deleteComment(Actor actor, @PathVariable long id, @PathVariable long actionId, @PathVariable long commentId) {
		this.details.deleteComment(actor, new SignatoryId(id), actionId, commentId);
	}

	// History

	@GetMapping("/history")
	@Operation(summary = "The action's audit trail, its details included, newest first")
	List<AuditEntryView> history(Actor actor, @PathVariable long id, @PathVariable long actionId) {
		return this.details.history(actor, new SignatoryId(id), actionId);
	}

	record CommentRequest(String text) {
	}

	/** A stored file as a download, never shown inline by the browser. */
	static ResponseEntity<byte[]> attachment(EvidenceFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
