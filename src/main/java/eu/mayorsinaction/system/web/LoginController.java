package eu.mayorsinaction.system.web;

import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.system.MiaSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private static final String VIEW = "system/login";

	private final DemoAccounts demoAccounts;

	private final MiaSettings settings;

	LoginController(DemoAccounts demoAccounts, MiaSettings settings) {
		this.demoAccounts = demoAccounts;
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(Model model) {
		if (this.settings.demo().enabled()) {
			model.addAttribute("demoAccounts", this.demoAccounts.accounts());
			model.addAttribute("demoPassword", DemoAccounts.PASSWORD);
		}
		return VIEW;
	}

}
