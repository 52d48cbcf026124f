package eu.mayorsinaction.actionplan.web;

import java.util.List;

import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.TaskView;
import eu.mayorsinaction.shared.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tasks assigned to the person calling. */
@RestController
@Tag(name = "Action details")
class MyTasksApi {

	private final ActionDetails details;

	MyTasksApi(ActionDetails details) {
		this.details = details;
	}

	@GetMapping("/api/v1/me/tasks")
	@Operation(summary = "My open milestones and the open actions I am responsible for, by due date",
			description = "Only of the signatories I may see; overdue = due before today.")
	List<TaskView> tasks(Actor actor) {
		return this.details.tasks(actor);
	}

}
