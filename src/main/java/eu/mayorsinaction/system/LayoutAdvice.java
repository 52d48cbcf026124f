package eu.mayorsinaction.system;

import eu.mayorsinaction.shared.Actor;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: who is signed in (for the navigation by role) and
 * whether this is the demo.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

	private final CurrentActor currentActor;

	private final MiaSettings settings;

	LayoutAdvice(CurrentActor currentActor, MiaSettings settings) {
		this.currentActor = currentActor;
		this.settings = settings;
	}

	@ModelAttribute("viewer")
	Actor viewer() {
		return this.currentActor.current();
	}

	@ModelAttribute("currentPath")
	String currentPath(jakarta.servlet.http.HttpServletRequest request) {
		return request.getRequestURI();
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.settings.demo().enabled();
	}

}
