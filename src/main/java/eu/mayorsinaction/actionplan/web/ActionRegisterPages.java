package eu.mayorsinaction.actionplan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import eu.mayorsinaction.actionplan.ActionCodeList;
import eu.mayorsinaction.actionplan.ActionData;
import eu.mayorsinaction.actionplan.ActionDetails;
import eu.mayorsinaction.actionplan.ActionPlanManagement;
import eu.mayorsinaction.actionplan.ActionStatus;
import eu.mayorsinaction.actionplan.ActionView;
import eu.mayorsinaction.actionplan.ActionsChangedMeanwhile;
import eu.mayorsinaction.actionplan.FieldOfAction;
import eu.mayorsinaction.actionplan.PlanView;
import eu.mayorsinaction.inventory.Carrier;
import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.shared.EditConflict;
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
 * The register of a signatory's actions across its plans (filters in the query string, a
 * bulk status change) and the action form with its conflict screen.
 */
@Controller
@RequestMapping("/app/signatories/{id}/actions")
class ActionRegisterPages {

	static final String REGISTER = "actionplan/actions";

	static final String FORM = "actionplan/action-form";

	/** What a filter query string may hold when it is carried through a bulk change. */
	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&_.%+-]*");

	private final ActionPlanManagement plans;

	private final ActionDetails details;

	private final OrganisationManagement organisations;

	private final MessageSource messages;

	private final Clock clock;

	ActionRegisterPages(ActionPlanManagement plans, OrganisationManagement organisations, MessageSource messages,
			ActionDetails details, Optional<Clock> clock) {
		this.plans = plans;
		this.details = details;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The filters of the register, as in the query string. */
	record Filters(Long plan, String main, String field, String status, String responsible, String late, String sort) {

		public boolean any() {
			return this.plan != null || !this.main.isEmpty() || !this.field.isEmpty() || !this.status.isEmpty()
					|| !this.responsible.isEmpty() || !this.late.isEmpty();
		}

	}

	/**
	 * A row of the register: the action, its plan's title, its expected reduction [t/a]
	 * (null: cannot be computed) and whether it is late or starts late.
	 */
	record Row(ActionView action, String planTitle, Double reduction, boolean late, boolean startsLate) {
	}

	@GetMapping
	String register(Actor actor, @PathVariable long id, @RequestParam(required = false) String plan,
			@RequestParam(required = false) String main, @RequestParam(required = false) String field,
			@RequestParam(required = false) String status, @RequestParam(required = false) String responsible,
			@RequestParam(required = false) String late, @RequestParam(required = false) String sort, Model model) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		Filters filters = new Filters(parseId(plan), clean(main), clean(field), clean(status), clean(responsible),
				clean(late), "title".equals(sort) ? "title" : "end");
		List<PlanView> planList = this.plans.plans(actor, signatoryId);
		Map<Long, String> planTitles = new LinkedHashMap<>();
		planList.forEach((p) -> planTitles.put(p.id(), p.kind() + " " + p.title()));
		List<ActionView> all = this.plans.actions(actor, signatoryId, null, null, null);
		Map<Long, Double> reductions = this.plans.expectedReductions(actor, signatoryId);
		LocalDate today = LocalDate.now(this.clock);
		List<Row> rows = new ArrayList<>();
		for (ActionView action : all) {
			Row row = new Row(action, planTitles.get(action.planId()), reductions.get(action.id()),
					isLate(action, today), startsLate(action, today));
			if (matches(row, filters)) {
				rows.add(row);
			}
		}
		Comparator<Row> byTitle = Comparator.comparing((Row r) -> r.action().title(), String.CASE_INSENSITIVE_ORDER);
		Comparator<Row> byEnd = Comparator.comparing((Row r) -> r.action().endDate(),
				Comparator.nullsLast(Comparator.naturalOrder()));
		rows.sort("title".equals(filters.sort()) ? byTitle.thenComparing(byEnd) : byEnd.thenComparing(byTitle));
		TreeSet<String> responsibles = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		all.stream().map(ActionView::responsible).filter(Objects::nonNull).forEach(responsibles::add);
		model.addAttribute("signatory", signatory);
		model.addAttribute("filters", filters);
		model.addAttribute("rows", rows);
		model.addAttribute("total", all.size());
		model.addAttribute("lateCount", rows.stream().filter(Row::late).count());
		model.addAttribute("startsLateCount", rows.stream().filter(Row::startsLate).count());
		model.addAttribute("planList", planList);
		model.addAttribute("mainFields", mainFields());
		model.addAttribute("fields", FieldOfAction.values());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("responsibles", responsibles);
		model.addAttribute("canEdit", this.organisations.canEditSignatory(actor, signatoryId));
		model.addAttribute("numbers", text().numbers());
		model.addAttribute("query", query(filters));
		return REGISTER;
	}

	/**
	 * The bulk status change: each ticked box is {@code id:version}; all or nothing.
	 */
	@PostMapping("/status")
	String updateStatuses(Actor actor, @PathVariable long id, HttpServletRequest request, RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(id);
		editable(actor, id);
		PlanPagesText text = text();
		String query = Objects.toString(request.getParameter("query"), "");
		String back = "redirect:/app/signatories/" + id + "/actions"
				+ ((!query.isEmpty() && SAFE_QUERY.matcher(query).matches()) ? "?" + query : "");
		Map<Long, Integer> read = new LinkedHashMap<>();
		String[] ticked = request.getParameterValues("selected");
		if (ticked != null) {
			for (String value : ticked) {
				String[] parts = value.split(":", 2);
				try {
					read.put(Long.valueOf(parts[0]), (parts.length > 1) ? Integer.valueOf(parts[1]) : null);
				}
				catch (NumberFormatException ex) {
					redirect.addFlashAttribute("flashError", text.message("planpages.error.choice"));
					return back;
				}
			}
		}
		ActionStatus status = text.choice(ActionStatus.class, "status", request.getParameter("status"),
				new LinkedHashMap<>());
		if (read.isEmpty() || status == null) {
			redirect.addFlashAttribute("flashError",
					text.message(read.isEmpty() ? "planpages.bulk.noneSelected" : "planpages.bulk.noStatus"));
			return back;
		}
		try {
			List<ActionView> updated = this.plans.updateStatuses(actor, signatoryId, read, status);
			redirect.addFlashAttribute("flashSuccess", text.message("planpages.bulk.done",
					String.valueOf(updated.size()), text.message("planpages.actionStatus." + status.name())));
		}
		catch (ActionsChangedMeanwhile ex) {
			List<String> changed = new ArrayList<>();
			ex.changed().forEach((a) -> changed.add(a.title()));
			ex.missing().forEach((m) -> changed.add(text.message("planpages.bulk.missingAction", String.valueOf(m))));
			redirect.addFlashAttribute("flashError", text.message("planpages.bulk.conflict"));
			redirect.addFlashAttribute("bulkChanged", changed);
		}
		return back;
	}

	@GetMapping("/new")
	String createForm(Actor actor, @PathVariable long id, @RequestParam(required = false) String plan, Model model) {
		SignatoryView signatory = editable(actor, id);
		return form(actor, model, signatory, null, ActionForm.blank(parseId(plan)), Map.of(), null);
	}

	@PostMapping("/new")
	String create(Actor actor, @PathVariable long id, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		return save(actor, signatory, null, ActionForm.read(request.getParameterMap()), model, redirect);
	}

	@GetMapping("/{actionId:\\d+}/edit")
	String editForm(Actor actor, @PathVariable long id, @PathVariable long actionId, Model model) {
		SignatoryView signatory = editable(actor, id);
		ActionView action = this.plans.action(actor, new SignatoryId(id), actionId);
		return form(actor, model, signatory, action, ActionForm.of(action, text()), Map.of(), null);
	}

	@PostMapping("/{actionId:\\d+}/edit")
	String edit(Actor actor, @PathVariable long id, @PathVariable long actionId, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		SignatoryView signatory = editable(actor, id);
		this.plans.action(actor, new SignatoryId(id), actionId);
		return save(actor, signatory, actionId, ActionForm.read(request.getParameterMap()), model, redirect);
	}

	private String save(Actor actor, SignatoryView signatory, Long actionId, ActionForm form, Model model,
			RedirectAttributes redirect) {
		SignatoryId signatoryId = new SignatoryId(signatory.id());
		PlanPagesText text = text();
		Map<String, String> errors = new LinkedHashMap<>();
		ActionData data = form.parse(text, errors, this.details::userIdByEmail);
		ActionView stored = (actionId != null) ? this.plans.action(actor, signatoryId, actionId) : null;
		if (!errors.isEmpty()) {
			return form(actor, model, signatory, stored, form, errors, null);
		}
		try {
			ActionView saved = (actionId == null) ? this.plans.createAction(actor, signatoryId, data)
					: this.plans.updateAction(actor, signatoryId, actionId, data);
			redirect.addFlashAttribute("flashSuccess", text.message("planpages.action.saved", saved.title()));
			return "redirect:/app/signatories/" + signatory.id() + "/plans/" + saved.planId();
		}
		catch (InvalidInput ex) {
			PlanPagesForms.addViolations(ex, text, errors);
			return form(actor, model, signatory, stored, form, errors, null);
		}
		catch (EditConflict ex) {
			ActionView current = this.plans.action(actor, signatoryId, actionId);
			return form(actor, model, signatory, current, form.withVersion(current.version()), errors, current);
		}
	}

	private String form(Actor actor, Model model, SignatoryView signatory, ActionView stored, ActionForm form,
			Map<String, String> errors, ActionView conflict) {
		SignatoryId signatoryId = new SignatoryId(signatory.id());
		PlanPagesText text = text();
		List<PlanView> planList = this.plans.plans(actor, signatoryId);
		Map<String, String> labels = labels(text);
		model.addAttribute("signatory", signatory);
		model.addAttribute("stored", stored);
		model.addAttribute("form", form);
		model.addAttribute("errors", PlanPagesForms.errorsById(errors));
		model.addAttribute("summary", PlanPagesForms.summary(errors, labels));
		model.addAttribute("planList", planList);
		model.addAttribute("mainFields", mainFields());
		model.addAttribute("statuses", ActionStatus.values());
		model.addAttribute("carriers", Carrier.values());
		model.addAttribute("policyInstruments", this.details.codes(actor, ActionCodeList.POLICY_INSTRUMENT));
		model.addAttribute("origins", this.details.codes(actor, ActionCodeList.ORIGIN));
		model.addAttribute("responsibleName", responsibleName(form.responsibleUserId()));
		if (conflict != null) {
			ActionForm now = ActionForm.of(conflict, text);
			List<PlanPagesForms.Difference> differences = new ArrayList<>();
			List<String> fields = new ArrayList<>(Arrays.asList(ActionForm.FIELDS));
			for (Carrier carrier : Carrier.values()) {
				if (!now.saving(carrier).isEmpty() || !form.saving(carrier).isEmpty()) {
					fields.add("savings." + carrier.name());
				}
			}
			for (String field : fields) {
				String storedValue = now.value(field);
				String mine = form.value(field);
				differences.add(new PlanPagesForms.Difference(field, labels.get(field),
						shown(field, storedValue, text, planList), shown(field, mine, text, planList),
						!same(field, storedValue, mine, text)));
			}
			model.addAttribute("conflict", differences);
		}
		return FORM;
	}

	/** Whether two typed values mean the same (numbers compared as numbers). */
	private static boolean same(String field, String a, String b, PlanPagesText text) {
		if (Objects.equals(a.strip(), b.strip())) {
			return true;
		}
		if (field.startsWith("savings.") || field.endsWith("Eur") || field.endsWith("Mwh")
				|| field.equals("co2Reduction")) {
			try {
				return Objects.equals(text.numbers().parse(a), text.numbers().parse(b));
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}
		return false;
	}

	private static String shown(String field, String value, PlanPagesText text, List<PlanView> planList) {
		if (value == null || value.isBlank()) {
			return "–";
		}
		switch (field) {
			case "planId":
				return planList.stream()
					.filter((p) -> String.valueOf(p.id()).equals(value))
					.findFirst()
					.map((p) -> p.kind() + " " + p.title())
					.orElse(value);
			case "fieldCode":
				return FieldOfAction.ofCode(value)
					.map((f) -> f.code() + " " + text.message("planpages.field." + f.code()))
					.orElse(value);
			case "status":
				return text.message("planpages.actionStatus." + value);
			case "keyMeasure":
			case "benchmarkOfExcellence":
				return text.message("true".equals(value) ? "planpages.yes" : "planpages.no");
			case "startDate":
			case "endDate":
				return text.date(value);
			default:
				return value;
		}
	}

	static Map<String, String> labels(PlanPagesText text) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (String field : ActionForm.FIELDS) {
			labels.put(field, text.message("planpages.action." + field));
		}
		for (Carrier carrier : Carrier.values()) {
			labels.put("savings." + carrier.name(),
					text.message("planpages.action.saving", text.message("inventory.carrier." + carrier.name())));
		}
		return labels;
	}

	static boolean isLate(ActionView action, LocalDate today) {
		return action.endDate() != null && action.endDate().isBefore(today) && action.status() != ActionStatus.COMPLETED
				&& action.status() != ActionStatus.CANCELLED;
	}

	static boolean startsLate(ActionView action, LocalDate today) {
		return action.startDate() != null && action.startDate().isBefore(today)
				&& action.status() == ActionStatus.NOT_STARTED;
	}

	private static boolean matches(Row row, Filters filters) {
		ActionView action = row.action();
		if (filters.plan() != null && action.planId() != filters.plan()) {
			return false;
		}
		if (!filters.main().isEmpty() && !action.field().mainField().equals(filters.main())) {
			return false;
		}
		if (!filters.field().isEmpty() && !action.field().code().equals(filters.field())) {
			return false;
		}
		if (!filters.status().isEmpty() && !action.status().name().equals(filters.status())) {
			return false;
		}
		if (!filters.responsible().isEmpty() && !filters.responsible().equals(action.responsible())) {
			return false;
		}
		if ("late".equals(filters.late()) && !row.late()) {
			return false;
		}
		return !"startsLate".equals(filters.late()) || row.startsLate();
	}

	/** The main fields in template order with their sub-fields. */
	static Map<String, List<FieldOfAction>> mainFields() {
		Map<String, List<FieldOfAction>> main = new LinkedHashMap<>();
		for (FieldOfAction field : FieldOfAction.values()) {
			main.computeIfAbsent(field.mainField(), (m) -> new ArrayList<>()).add(field);
		}
		return main;
	}

	private static String query(Filters filters) {
		StringBuilder query = new StringBuilder();
		append(query, "plan", (filters.plan() != null) ? filters.plan().toString() : "");
		append(query, "main", filters.main());
		append(query, "field", filters.field());
		append(query, "status", filters.status());
		append(query, "responsible", filters.responsible());
		append(query, "late", filters.late());
		append(query, "sort", filters.sort());
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (!value.isEmpty()) {
			if (!query.isEmpty()) {
				query.append('&');
			}
			query.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String clean(String value) {
		return (value == null) ? "" : value.strip();
	}

	private static Long parseId(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private SignatoryView editable(Actor actor, long id) {
		SignatoryId signatoryId = new SignatoryId(id);
		SignatoryView signatory = this.organisations.getSignatory(actor, signatoryId);
		if (!this.organisations.canEditSignatory(actor, signatoryId)) {
			throw new Forbidden();
		}
		return signatory;
	}

	private PlanPagesText text() {
		return new PlanPagesText(this.messages, LocaleContextHolder.getLocale());
	}

	private String responsibleName(String userId) {
		try {
			return (userId == null || userId.isBlank()) ? null
					: this.details.userName(Long.valueOf(userId.strip())).orElse(null);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
