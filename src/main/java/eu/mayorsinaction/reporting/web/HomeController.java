package eu.mayorsinaction.reporting.web;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private static final String HOME = "reporting/home";

	private static final String DASHBOARD = "reporting/dashboard";

	private final OrganisationManagement organisations;

	HomeController(OrganisationManagement organisations) {
		this.organisations = organisations;
	}

	/** The public landing page: aggregate figures only, no signatory's details. */
	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("figures", this.organisations.publicFigures());
		return HOME;
	}

	/** The signed-in start page: the same figures over what the person may see. */
	@GetMapping("/app")
	String dashboard(Actor actor, Model model) {
		model.addAttribute("figures", this.organisations.figures(actor));
		model.addAttribute("myOrganisations", this.organisations.organisationsOf(actor));
		return DASHBOARD;
	}

}
