package eu.mayorsinaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.mayorsinaction.organisation.OrganisationManagement;
import eu.mayorsinaction.organisation.OrganisationNotFound;
import eu.mayorsinaction.organisation.OrganisationView;
import eu.mayorsinaction.organisation.SignatoryNotFound;
import eu.mayorsinaction.organisation.SignatoryQuery;
import eu.mayorsinaction.organisation.SignatoryView;
import eu.mayorsinaction.organisation.OrganisationId;
import eu.mayorsinaction.organisation.SignatoryId;
import eu.mayorsinaction.shared.Actor;
import eu.mayorsinaction.system.DemoAccounts;
import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A resource of another tenant answers 404, on every route that takes a signatory or
 * organisation id: the API paths are read from the OpenAPI description and the
 * {@code /app} pages from Spring MVC's handler mapping, so routes added later are walked
 * too. Each demo user tries ids of signatories and organisations they must not see.
 */
@WebIntegrationTest
class TenantIsolationTests {

	/**
	 * Fewer routes than this means the walk lost its way (it must not pass vacuously).
	 */
	static final int MINIMUM_API_OPERATIONS = 8;

	static final int MINIMUM_APP_ROUTES = 8;

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/:]+)(?::[^}]*)?}");

	private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");

	private static final Logger log = LoggerFactory.getLogger(TenantIsolationTests.class);

	private static final JsonMapper json = JsonMapper.builder().build();

	@Autowired
	WebApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	OrganisationManagement organisations;

	@Autowired
	UserManagement users;

	@Autowired
	DemoAccounts demoAccounts;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	/** Who tries, and the signatory and organisation of another tenant they try. */
	record Intrusion(String email, String signatoryName, String organisationName) {
	}

	static final List<Intrusion> INTRUSIONS = List.of(
			new Intrusion("editor.chiavari@demo.mayorsinaction.eu", "Sabadell", "Province of Barcelona"),
			new Intrusion("staff.barcelona@demo.mayorsinaction.eu", "Genova", "Metropolitan City of Genoa"),
			new Intrusion("viewer.sabadell@demo.mayorsinaction.eu", "Chiavari", "Metropolitan City of Genoa"),
			new Intrusion("supporter.cres@demo.mayorsinaction.eu", "Sabadell", "Province of Barcelona"),
			new Intrusion("coordinator.genoa@demo.mayorsinaction.eu", "Leuven", "Interleuven"));

	@Test
	void every_api_route_with_a_tenant_id_answers_404_problem_details_to_another_tenant() throws Exception {
		JsonNode openApi = json.readTree(this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		List<ApiOperation> operations = apiOperations(openApi);
		log.info("Walking {} API operations with a tenant id: {}", operations.size(),
				operations.stream().map((o) -> o.method() + " " + o.path()).toList());
		assertThat(operations).as("API operations with a signatory or organisation id")
			.hasSizeGreaterThanOrEqualTo(MINIMUM_API_OPERATIONS);

		List<String> failures = new ArrayList<>();
		for (Intrusion intrusion : INTRUSIONS) {
			Target target = target(intrusion);
			for (ApiOperation operation : operations) {
				String uri = fill(operation.path(), target);
				RequestBuilder request = operation.request(uri, openApi)
					.with(httpBasic(intrusion.email(), DemoAccounts.PASSWORD));
				Outcome outcome = perform(request);
				boolean problem = outcome.contentType() != null
						&& outcome.contentType().startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				if (outcome.status() != 404 || !problem) {
					failures.add(intrusion.email() + " " + operation.method() + " " + uri + " -> " + outcome);
				}
			}
		}
		assertThat(failures).as("API routes that do not answer 404 problem+json to another tenant").isEmpty();
	}

	@Test
	void the_api_routes_walked_answer_the_platform_admin() throws Exception {
		JsonNode openApi = json.readTree(this.mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
			.andReturn()
			.getResponse()
			.getContentAsString());
		String admin = adminEmail();
		Target target = target(INTRUSIONS.get(0));
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (ApiOperation operation : apiOperations(openApi)) {
			if (!"GET".equals(operation.method()) || !onlyTenantVariables(operation.path())) {
				continue;
			}
			String uri = fill(operation.path(), target);
			Outcome outcome = perform(operation.request(uri, openApi).with(httpBasic(admin, DemoAccounts.PASSWORD)));
			checked++;
			if (outcome.status() != 200) {
				failures.add("GET " + uri + " -> " + outcome);
			}
		}
		assertThat(checked).as("GET routes with only tenant ids").isGreaterThanOrEqualTo(2);
		assertThat(failures).as("the ids the walk uses exist: the admin may read them").isEmpty();
	}

	@Test
	void every_app_page_with_a_tenant_id_answers_404_to_another_tenant() throws Exception {
		List<AppRoute> routes = appRoutes();
		log.info("Walking {} /app routes with a tenant id: {}", routes.size(),
				routes.stream().map((r) -> r.method() + " " + r.pattern()).toList());
		assertThat(routes).as("/app routes with a signatory or organisation id")
			.hasSizeGreaterThanOrEqualTo(MINIMUM_APP_ROUTES);

		List<String> failures = new ArrayList<>();
		for (Intrusion intrusion : INTRUSIONS) {
			Target target = target(intrusion);
			MiaUser principal = (MiaUser) this.users.loadUserByUsername(intrusion.email());
			for (AppRoute route : routes) {
				String uri = fill(route.pattern(), target);
				Outcome outcome = perform(route.request(uri).with(user(principal)).with(csrf()));
				if (outcome.status() != 404) {
					failures.add(intrusion.email() + " " + route.method() + " " + uri + " -> " + outcome);
				}
			}
		}
		assertThat(failures).as("/app routes that do not answer 404 to another tenant").isEmpty();
	}

	@Test
	void the_app_pages_walked_answer_the_platform_admin() throws Exception {
		MiaUser admin = (MiaUser) this.users.loadUserByUsername(adminEmail());
		Target target = target(INTRUSIONS.get(0));
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (AppRoute route : appRoutes()) {
			if (route.method() != HttpMethod.GET || !onlyTenantVariables(route.pattern())) {
				continue;
			}
			String uri = fill(route.pattern(), target);
			Outcome outcome = perform(route.request(uri).with(user(admin)));
			checked++;
			if (outcome.status() != 200) {
				failures.add("GET " + uri + " -> " + outcome);
			}
		}
		assertThat(checked).as("GET pages with only tenant ids").isGreaterThanOrEqualTo(2);
		assertThat(failures).as("the ids the walk uses exist: the admin may open them").isEmpty();
	}

	@Test
	void the_intruders_really_may_not_see_their_targets() {
		for (Intrusion intrusion : INTRUSIONS) {
			Target target = target(intrusion);
			Actor actor = this.users.currentActor(((MiaUser) this.users.loadUserByUsername(intrusion.email())).id());
			assertThat(actor.isAuthenticated()).as(intrusion.email()).isTrue();
			assertThatThrownBy(() -> this.organisations.getSignatory(actor, new SignatoryId(target.signatoryId())))
				.as(intrusion.email() + " on " + intrusion.signatoryName())
				.isInstanceOf(SignatoryNotFound.class);
			assertThatThrownBy(
					() -> this.organisations.getOrganisation(actor, new OrganisationId(target.organisationId())))
				.as(intrusion.email() + " on " + intrusion.organisationName())
				.isInstanceOf(OrganisationNotFound.class);
		}
	}

	// Routes

	record ApiOperation(String path, String method, JsonNode operation) {

		AbstractMockHttpServletRequestBuilder<?> request(String uri, JsonNode openApi) {
			JsonNode body = this.operation.path("requestBody").path("content");
			AbstractMockHttpServletRequestBuilder<?> request;
			if (body.has("multipart/form-data")) {
				MockMultipartHttpServletRequestBuilder multipart = MockMvcRequestBuilders
					.multipart(HttpMethod.valueOf(method), uri);
				JsonNode properties = resolve(body.path("multipart/form-data").path("schema"), openApi)
					.path("properties");
				for (String name : properties.propertyNames()) {
					multipart.file(new MockMultipartFile(name, "data.csv", "text/csv", "name\n".getBytes()));
				}
				request = multipart;
			}
			else {
				request = MockMvcRequestBuilders.request(HttpMethod.valueOf(this.method), uri);
				if (body.has("application/json")) {
					Object example = example(body.path("application/json").path("schema"), openApi, "", 0);
					request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(example));
				}
			}
			for (JsonNode parameter : this.operation.path("parameters")) {
				if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()) {
					String name = parameter.path("name").asString();
					request.param(name, String.valueOf(example(parameter.path("schema"), openApi, name, 0)));
				}
			}
			return request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);
		}

	}

	record AppRoute(String pattern, HttpMethod method, HandlerMethod handler) {

		MockHttpServletRequestBuilder request(String uri) {
			MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(this.method, uri);
			for (MethodParameter parameter : this.handler.getMethodParameters()) {
				RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
				if (param == null || !param.required()
						|| !org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE
							.equals(param.defaultValue())) {
					continue;
				}
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null) {
					request.param(name, exampleOf(parameter.getParameterType(), name));
				}
			}
			return request.accept(MediaType.TEXT_HTML);
		}

	}

	static List<ApiOperation> apiOperations(JsonNode openApi) {
		List<ApiOperation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : openApi.path("paths").properties()) {
			if (!hasTenantVariable(path.getKey())) {
				continue;
			}
			for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
				if (HTTP_METHODS.contains(operation.getKey())) {
					operations.add(new ApiOperation(path.getKey(), operation.getKey().toUpperCase(Locale.ROOT),
							operation.getValue()));
				}
			}
		}
		return operations;
	}

	List<AppRoute> appRoutes() {
		Map<String, AppRoute> routes = new LinkedHashMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.handlerMapping.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/app/") || !hasTenantVariable(pattern)) {
					continue;
				}
				for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
					if (declared.isEmpty() || declared.contains(method)) {
						routes.put(method + " " + pattern,
								new AppRoute(pattern, HttpMethod.valueOf(method.name()), entry.getValue()));
					}
				}
			}
		}
		return new ArrayList<>(routes.values());
	}

	// Tenant variables

	enum Kind {

		SIGNATORY, ORGANISATION, OTHER

	}

	/**
	 * What a path variable names: judged by its name, or for {id} by the segment before
	 * it.
	 */
	static Kind kindOf(String path, int variableStart, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.contains("signatory")) {
			return Kind.SIGNATORY;
		}
		if (lower.contains("organisation") || lower.contains("organization")) {
			return Kind.ORGANISATION;
		}
		if (!lower.equals("id")) {
			return Kind.OTHER;
		}
		String before = path.substring(0, variableStart);
		before = before.endsWith("/") ? before.substring(0, before.length() - 1) : before;
		String segment = before.substring(before.lastIndexOf('/') + 1);
		return switch (segment) {
			case "signatories" -> Kind.SIGNATORY;
			case "organisations", "organizations" -> Kind.ORGANISATION;
			default -> Kind.OTHER;
		};
	}

	static boolean hasTenantVariable(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		while (matcher.find()) {
			if (kindOf(path, matcher.start(), matcher.group(1)) != Kind.OTHER) {
				return true;
			}
		}
		return false;
	}

	static boolean onlyTenantVariables(String path) {
		Matcher matcher = VARIABLE.matcher(path);
		while (matcher.find()) {
			if (kindOf(path, matcher.start(), matcher.group(1)) == Kind.OTHER) {
				return false;
			}
		}
		return true;
	}

	/** Fills tenant variables with the target's ids and any other variable with 1. */
	static String fill(String path, Target target) {
		Matcher matcher = VARIABLE.matcher(path);
		StringBuilder filled = new StringBuilder();
		while (matcher.find()) {
			long value = switch (kindOf(path, matcher.start(), matcher.group(1))) {
				case SIGNATORY -> target.signatoryId();
				case ORGANISATION -> target.organisationId();
				case OTHER -> 1L;
			};
			matcher.appendReplacement(filled, Long.toString(value));
		}
		matcher.appendTail(filled);
		return filled.toString();
	}

	@Test
	void path_variables_are_recognised_by_name_and_position() {
		Target target = new Target(7, 9);
		assertThat(fill("/api/v1/signatories/{id}/commitments", target)).isEqualTo("/api/v1/signatories/7/commitments");
		assertThat(fill("/api/v1/organisations/{id}/supports/{supportId}/end", target))
			.isEqualTo("/api/v1/organisations/9/supports/1/end");
		assertThat(fill("/app/x/{signatoryId}/y/{organisationId}", target)).isEqualTo("/app/x/7/y/9");
		assertThat(hasTenantVariable("/api/v1/users/{id}")).isFalse();
		assertThat(hasTenantVariable("/api/v1/me/tokens/{id}")).isFalse();
		assertThat(onlyTenantVariables("/app/organisations/{id}/supports/{supportId}/end")).isFalse();
	}

	// Targets and calls

	record Target(long signatoryId, long organisationId) {
	}

	Target target(Intrusion intrusion) {
		Actor admin = new Actor(null, true, Set.of(), Set.of(), Set.of(), Set.of());
		List<SignatoryView> signatories = this.organisations
			.findSignatories(admin, new SignatoryQuery(intrusion.signatoryName(), null, null, null, null), 0, 10)
			.items()
			.stream()
			.filter((s) -> s.name().equals(intrusion.signatoryName()))
			.toList();
		assertThat(signatories).as("demo signatory " + intrusion.signatoryName()).hasSize(1);
		List<OrganisationView> organisations = this.organisations
			.findOrganisations(admin, intrusion.organisationName(), null, 0, 10)
			.items();
		assertThat(organisations).as("demo organisation " + intrusion.organisationName()).hasSize(1);
		return new Target(signatories.get(0).id(), organisations.get(0).id());
	}

	String adminEmail() {
		return this.demoAccounts.accounts()
			.stream()
			.filter((a) -> "PLATFORM_ADMIN".equals(a.role()))
			.findFirst()
			.orElseThrow()
			.email();
	}

	record Outcome(int status, String contentType, String note) {

		@Override
		public String toString() {
			return this.status + " " + this.contentType + ((this.note != null) ? " " + this.note : "");
		}

	}

	Outcome perform(RequestBuilder request) {
		try {
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			String location = response.getRedirectedUrl();
			return new Outcome(response.getStatus(), response.getContentType(),
					(location != null) ? "redirect to " + location : null);
		}
		catch (Exception ex) {
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : ex;
			return new Outcome(500, null, "exception " + cause);
		}
	}

	// Example values

	static JsonNode resolve(JsonNode schema, JsonNode openApi) {
		JsonNode current = schema;
		for (int i = 0; i < 10 && current.has("$ref"); i++) {
			String ref = current.path("$ref").asString();
			current = openApi.at(ref.substring(1));
		}
		return current;
	}

	/**
	 * A plausible, valid value for a schema: bodies must pass validation to reach the
	 * access check.
	 */
	static Object example(JsonNode rawSchema, JsonNode openApi, String name, int depth) {
		JsonNode schema = resolve(rawSchema, openApi);
		if (schema.has("allOf")) {
			return example(schema.path("allOf").get(0), openApi, name, depth);
		}
		if (schema.has("oneOf") || schema.has("anyOf")) {
			JsonNode options = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
			for (JsonNode option : options) {
				if (!"null".equals(option.path("type").asString())) {
					return example(option, openApi, name, depth);
				}
			}
		}
		if (schema.has("enum")) {
			return schema.path("enum").get(0).asString();
		}
		String type = typeOf(schema);
		switch (type) {
			case "object" -> {
				Map<String, Object> object = new LinkedHashMap<>();
				if (depth < 4) {
					for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
						object.put(property.getKey(),
								example(property.getValue(), openApi, property.getKey(), depth + 1));
					}
				}
				return object;
			}
			case "array" -> {
				return (depth < 4) ? List.of(example(schema.path("items"), openApi, name, depth + 1)) : List.of();
			}
			case "integer" -> {
				return Long.valueOf(exampleOf(Long.class, name));
			}
			case "number" -> {
				return new java.math.BigDecimal(exampleOf(java.math.BigDecimal.class, name));
			}
			case "boolean" -> {
				return Boolean.FALSE;
			}
			default -> {
				String format = schema.path("format").asString("");
				return switch (format) {
					case "date" -> "2020-01-01";
					case "date-time" -> "2020-01-01T00:00:00Z";
					case "email" -> "someone@example.org";
					case "uri", "url" -> "https://example.org";
					default -> exampleOf(String.class, name);
				};
			}
		}
	}

	private static String typeOf(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode option : type) {
				if (!"null".equals(option.asString())) {
					return option.asString();
				}
			}
		}
		if (type.isString()) {
			return type.asString();
		}
		return schema.has("properties") ? "object" : "string";
	}

	/** A valid value by type and by what the name suggests. */
	static String exampleOf(Class<?> type, String name) {
		String lower = (name != null) ? name.toLowerCase(Locale.ROOT) : "";
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == java.time.LocalDate.class || lower.endsWith("date") || lower.equals("since")
				|| lower.equals("until")) {
			return "2020-01-01";
		}
		if (type == boolean.class || type == Boolean.class) {
			return "false";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			if (lower.contains("year")) {
				return "2030";
			}
			if (lower.contains("percent")) {
				return "50";
			}
			if (lower.contains("latitude")) {
				return "45";
			}
			if (lower.contains("longitude")) {
				return "9";
			}
			if (lower.contains("version") || lower.equals("page")) {
				return "0";
			}
			if (lower.contains("population")) {
				return "1000";
			}
			return "1";
		}
		if (lower.contains("country")) {
			return "IT";
		}
		if (lower.contains("email")) {
			return "someone@example.org";
		}
		if (lower.contains("website") || lower.contains("url")) {
			return "https://example.org";
		}
		if (lower.contains("language") || lower.equals("lang")) {
			return "en";
		}
		if (lower.contains("password")) {
			return "a long enough password";
		}
		return "Example";
	}

}
