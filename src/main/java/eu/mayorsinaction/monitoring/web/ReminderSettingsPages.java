package eu.mayorsinaction.monitoring.web;

import java.util.ArrayList;
import java.util.List;

import eu.mayorsinaction.monitoring.ReminderLeadTimes;
import eu.mayorsinaction.monitoring.ReminderLeadTimesData;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An organisation's reminder lead times: shown to whoever may see the organisation,
 * changed by its admins as a comma-separated list of days.
 */
@Controller
class ReminderSettingsPages {

	private final ReminderLeadTimes leadTimes;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	ReminderSettingsPages(ReminderLeadTimes leadTimes, OrganisationManagement organisations, MessageSource messages) {
		this.leadTimes = leadTimes;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/app/organisations/{id}/reminders")
	String show(Actor actor, @PathVariable long id, Model model) {
		OrganisationId organisation = new OrganisationId(id);
		model.addAttribute("organisation", this.organisations.getOrganisation(actor, organisation));
		model.addAttribute("leadTimes", this.leadTimes.leadTimes(actor, organisation));
		return "monitoring/reminder-settings";
	}

	@PostMapping("/app/organisations/{id}/reminders")
	String save(Actor actor, @PathVariable long id, @RequestParam(required = false) String days, Model model) {
		OrganisationId organisation = new OrganisationId(id);
		List<String> errors = new ArrayList<>();
		List<Integer> values = new ArrayList<>();
		for (String part : (days == null) ? new String[0] : days.split("[,;\\s]+")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				values.add(Integer.valueOf(part.strip()));
			}
			catch (NumberFormatException ex) {
				errors.add(text("reminders.field.days") + ": " + this.messages.getMessage("reminders.error.notNumber",
						new Object[] { part.strip() }, LocaleContextHolder.getLocale()));
			}
		}
		if (errors.isEmpty()) {
			try {
				this.leadTimes.update(actor, organisation, new ReminderLeadTimesData(values));
				return "redirect:/app/organisations/" + id + "/reminders?saved";
			}
			catch (InvalidInput ex) {
				ex.violations()
					.forEach((v) -> errors.add(text("reminders.field." + v.field()) + ": "
							+ this.messages.getMessage(v.code(), v.arguments(), LocaleContextHolder.getLocale())));
			}
		}
		model.addAttribute("organisation", this.organisations.getOrganisation(actor, organisation));
		model.addAttribute("leadTimes", this.leadTimes.leadTimes(actor, organisation));
		model.addAttribute("errors", errors);
		model.addAttribute("input", days);
		return "monitoring/reminder-settings";
	}

	private String text(String code) {
		return this.messages.getMessage(code, null, code, LocaleContextHolder.getLocale());
	}

}
