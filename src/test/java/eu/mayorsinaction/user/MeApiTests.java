package eu.mayorsinaction.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import eu.mayorsinaction.WebIntegrationTest;
import eu.mayorsinaction.system.DemoAccounts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@WebIntegrationTest
class MeApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

	@Test
	void a_token_created_with_basic_auth_works_as_bearer_until_it_is_revoked() throws Exception {
		String email = UserFixture.uniqueEmail("api");
		this.users.register(UserFixture.person(email));

		HttpResponse<String> created = send(post("/api/v1/me/tokens", "{\"name\": \"CI export\"}")
			.header("Authorization", basic(email, UserFixture.PASSWORD)));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode token = JSON.readTree(created.body());
		assertThat(token.get("name").asString()).isEqualTo("CI export");
		String secret = token.get("token").asString();
		assertThat(secret).startsWith("mia_");
		long id = token.get("id").asLong();

		HttpResponse<String> me = send(get("/api/v1/me").header("Authorization", "Bearer " + secret));
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(me.body()).get("email").asString()).isEqualTo(email);

		HttpResponse<String> revoked = send(
				request("/api/v1/me/tokens/" + id).DELETE().header("Authorization", "Bearer " + secret));
		assertThat(revoked.statusCode()).isEqualTo(204);

		HttpResponse<String> refused = send(get("/api/v1/me").header("Authorization", "Bearer " + secret));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("auth.invalidToken");
	}

	@Test
	void the_token_list_never_contains_a_secret() throws Exception {
		String email = UserFixture.uniqueEmail("list");
		this.users.register(UserFixture.person(email));
		HttpResponse<String> created = send(
				post("/api/v1/me/tokens", null).header("Authorization", basic(email, UserFixture.PASSWORD)));
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode token = JSON.readTree(created.body());
		assertThat(token.get("name").asString()).isEqualTo("API token");
		String secret = token.get("token").asString();

		HttpResponse<String> list = send(
				get("/api/v1/me/tokens").header("Authorization", basic(email, UserFixture.PASSWORD)));

		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).doesNotContain(secret).doesNotContain("mia_").doesNotContainIgnoringCase("hash");
		JsonNode tokens = JSON.readTree(list.body());
		assertThat(tokens.size()).isEqualTo(1);
		assertThat(tokens.get(0).get("id").asLong()).isEqualTo(token.get("id").asLong());
		assertThat(tokens.get(0).has("token")).isFalse();
	}

	@Test
	void a_token_of_another_person_cannot_be_revoked() throws Exception {
		String owner = UserFixture.uniqueEmail("owner");
		String other = UserFixture.uniqueEmail("other");
		this.users.register(UserFixture.person(owner));
		this.users.register(UserFixture.person(other));
		HttpResponse<String> created = send(post("/api/v1/me/tokens", "{\"name\": \"mine\"}").header("Authorization",
				basic(owner, UserFixture.PASSWORD)));
		JsonNode token = JSON.readTree(created.body());

		HttpResponse<String> attempt = send(request("/api/v1/me/tokens/" + token.get("id").asLong()).DELETE()
			.header("Authorization", basic(other, UserFixture.PASSWORD)));

		assertThat(attempt.statusCode()).isEqualTo(404);
		assertThat(JSON.readTree(attempt.body()).get("code").asString()).isEqualTo("user.tokenNotFound");
		HttpResponse<String> stillWorks = send(
				get("/api/v1/me").header("Authorization", "Bearer " + token.get("token").asString()));
		assertThat(stillWorks.statusCode()).isEqualTo(200);
	}

	@Test
	void a_token_name_longer_than_100_characters_is_refused_with_the_field() throws Exception {
		String email = UserFixture.uniqueEmail("long");
		this.users.register(UserFixture.person(email));

		HttpResponse<String> response = send(post("/api/v1/me/tokens", "{\"name\": \"" + "x".repeat(101) + "\"}")
			.header("Authorization", basic(email, UserFixture.PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).get("fields").get(0).get("field").asString()).isEqualTo("name");
	}

	@Test
	void the_account_list_is_forbidden_to_people_who_are_not_platform_admins() throws Exception {
		HttpResponse<String> response = send(get("/api/v1/users").header("Authorization",
				basic("coordinator.genoa@demo.mayorsinaction.eu", DemoAccounts.PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JSON.readTree(response.body()).get("code").asString()).isEqualTo("error.forbidden");
	}

	@Test
	void creating_an_account_is_forbidden_to_people_who_are_not_platform_admins() throws Exception {
		String body = newUserJson(UserFixture.uniqueEmail("sneaky"), "short");

		HttpResponse<String> response = send(post("/api/v1/users", body).header("Authorization",
				basic("coordinator.genoa@demo.mayorsinaction.eu", DemoAccounts.PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(403);
	}

	@Test
	void a_platform_admin_lists_and_creates_accounts() throws Exception {
		String email = UserFixture.uniqueEmail("created");

		HttpResponse<String> created = send(post("/api/v1/users", newUserJson(email, UserFixture.PASSWORD))
			.header("Authorization", basic(UserFixture.DEMO_ADMIN, DemoAccounts.PASSWORD)));

		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode user = JSON.readTree(created.body());
		assertThat(user.get("email").asString()).isEqualTo(email);
		assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + user.get("id").asLong());
		assertThat(created.body()).doesNotContain(UserFixture.PASSWORD);

		HttpResponse<String> list = send(
				get("/api/v1/users").header("Authorization", basic(UserFixture.DEMO_ADMIN, DemoAccounts.PASSWORD)));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(email).doesNotContain("passwordHash");

		HttpResponse<String> mine = send(get("/api/v1/me").header("Authorization", basic(email, UserFixture.PASSWORD)));
		assertThat(mine.statusCode()).isEqualTo(200);
	}

	@Test
	void a_duplicate_account_email_is_refused_with_the_field_email() throws Exception {
		String email = UserFixture.uniqueEmail("twice");
		this.users.register(UserFixture.person(email));

		HttpResponse<String> response = send(post("/api/v1/users", newUserJson(email.toUpperCase(), "another password"))
			.header("Authorization", basic(UserFixture.DEMO_ADMIN, DemoAccounts.PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode field = JSON.readTree(response.body()).get("fields").get(0);
		assertThat(field.get("field").asString()).isEqualTo("email");
		assertThat(field.get("code").asString()).isEqualTo("user.emailAlreadyUsed");
		assertThat(field.get("message").asString()).isEqualTo("An account with this email address exists already.");
	}

	@Test
	void invalid_account_fields_are_listed_in_the_problem() throws Exception {
		HttpResponse<String> response = send(post("/api/v1/users", newUserJson("not-an-email", "short"))
			.header("Authorization", basic(UserFixture.DEMO_ADMIN, DemoAccounts.PASSWORD)));

		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("error.validation");
		assertThat(problem.get("fields").valueStream().map((f) -> f.get("field").asString())).contains("email",
				"password");
	}

	@Test
	void the_openapi_description_documents_the_account_endpoints() throws Exception {
		HttpResponse<String> response = send(get("/v3/api-docs"));

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode paths = JSON.readTree(response.body()).get("paths");
		assertThat(paths.has("/api/v1/me")).isTrue();
		assertThat(paths.has("/api/v1/me/tokens/{id}")).isTrue();
		assertThat(paths.get("/api/v1/me/tokens").get("post").get("summary").asString())
			.isEqualTo("Create a personal API token");
		assertThat(paths.has("/api/v1/users")).isTrue();
	}

	private static String newUserJson(String email, String password) {
		return """
				{"email": "%s", "displayName": "Created by the API", "preferredLanguage": "nl",
				 "password": "%s", "platformAdmin": false}""".formatted(email, password);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "application/json");
	}

	private HttpRequest.Builder get(String path) {
		return request(path).GET();
	}

	private HttpRequest.Builder post(String path, String json) {
		HttpRequest.Builder builder = request(path);
		if (json == null) {
			return builder.POST(HttpRequest.BodyPublishers.noBody());
		}
		return builder.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String basic(String email, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
