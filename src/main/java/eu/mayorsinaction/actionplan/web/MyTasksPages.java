package eu.mayorsinaction.actionplan.web;

import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "My tasks": the person's open milestones and actions, by due date. */
@Controller
class MyTasksPages {

	static final String PAGE = "actionplan/tasks";

	private final ActionDetails details;

	MyTasksPages(ActionDetails details) {
		this.details = details;
	}

	@GetMapping("/app/tasks")
	String tasks(Actor actor, Model model) {
		model.addAttribute("tasks", this.details.tasks(actor));
		model.addAttribute("today", this.details.today());
		return PAGE;
	}

}
