package eu.mayorsinaction.actionplan.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import eu.mayorsinaction.actionplan.ActionCodeData;
import eu.mayorsinaction.actionplan.ActionCodeList;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.Forbidden;
import eu.mayorsinaction.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform admin's page of the action code lists: list, add, rename, deactivate and
 * reactivate.
 */
@Controller
@RequestMapping("/app/admin/action-codes")
class ActionCodePages {

	static final String PAGE = "actionplan/action-codes";

	private final ActionDetails details;

	private final MessageSource messages;

	ActionCodePages(ActionDetails details, MessageSource messages) {
		this.details = details;
		this.messages = messages;
	}

	@GetMapping
	String page(Actor actor, Model model) {
		if (!actor.platformAdmin()) {
			throw new Forbidden();
		}
		Map<ActionCodeList, Object> lists = new LinkedHashMap<>();
		for (ActionCodeList list : ActionCodeList.values()) {
			lists.put(list, this.details.codes(actor, list));
		}
		model.addAttribute("lists", lists);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("form", Map.of());
			model.addAttribute("errorForm", "");
		}
		return PAGE;
	}

	@PostMapping
	String add(Actor actor, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		ActionCodeList list = parse(form.get("list"));
		return run(redirect, form, "add-" + form.get("list"),
				() -> this.details.addCode(actor, new ActionCodeData(list, form.get("code"), form.get("label"), true)));
	}

	@PostMapping("/{codeId}")
	String update(Actor actor, @PathVariable long codeId, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		String active = form.get("active");
		return run(redirect, form, "code-" + codeId, () -> this.details.updateCode(actor, codeId,
				new ActionCodeData(null, null, form.get("label"), (active != null) ? Boolean.valueOf(active) : null)));
	}

	private String run(RedirectAttributes redirect, Map<String, String> form, String formName, Runnable change) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			change.run();
			redirect.addFlashAttribute("flashSuccess", this.messages.getMessage("actiondetails.saved", null, locale));
		}
		catch (InvalidInput ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.violations()
				.forEach((v) -> errors.putIfAbsent(v.field(),
						this.messages.getMessage(v.code(), v.arguments(), locale)));
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("errorForm", formName);
		}
		return "redirect:/app/admin/action-codes";
	}

	private static ActionCodeList parse(String list) {
		try {
			return (list != null) ? ActionCodeList.valueOf(list) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
