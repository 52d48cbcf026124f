package eu.mayorsinaction.user;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.mayorsinaction.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The privacy pages over real HTTP, so that sessions live in the database as in
 * production and a deleted account's sessions can be seen to end.
 */
@WebIntegrationTest
class PrivacyPageTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Autowired
	UserManagement users;

	@Test
	void the_privacy_notice_is_public_and_linked_from_every_page() throws Exception {
		HttpResponse<String> notice = send(get("/privacy"), null);

		assertThat(notice.statusCode()).isEqualTo(200);
		assertThat(notice.body()).contains("<h1>Privacy</h1>", "What we store and why", "How long we keep it",
				"Who can see it", "Your rights", "<code>SESSION</code>", "<code>mia-lang</code>");
		assertThat(send(get("/"), null).body()).contains("href=\"/privacy\"");
		assertThat(send(get("/privacy?lang=de"), null).body()).contains("Datenschutz");
	}

	@Test
	void the_account_page_offers_the_download_and_the_deletion() throws Exception {
		String email = registered("page");
		String session = signIn(email, UserFixture.PASSWORD);

		HttpResponse<String> page = send(get("/app/account"), session);

		assertThat(page.body()).contains("href=\"/app/account/data\"", "Download my data",
				"action=\"/app/account/delete\"", "Delete my account");
	}

	@Test
	void a_person_downloads_their_data_from_the_page_and_the_api() throws Exception {
		String email = registered("download");
		String session = signIn(email, UserFixture.PASSWORD);

		HttpResponse<String> file = send(get("/app/account/data"), session);

		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/json"));
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(value) -> assertThat(value).startsWith("attachment").contains("mayors-in-action-my-data.json"));
		assertThat(file.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		JsonNode data = JSON.readTree(file.body());
		assertThat(data.get("account").get("email").asString()).isEqualTo(email);
		assertThat(file.body()).doesNotContainIgnoringCase("password_hash").doesNotContainIgnoringCase("passwordHash");

		HttpResponse<String> api = send(get("/api/v1/me/data").header("Authorization", basic(email)), null);
		assertThat(api.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(api.body()).get("account").get("email").asString()).isEqualTo(email);
		assertThat(send(get("/api/v1/me/data"), null).statusCode()).isEqualTo(401);
	}

	@Test
	void deleting_ones_account_needs_the_password_and_a_confirmation() throws Exception {
		String email = registered("careful");
		String session = signIn(email, UserFixture.PASSWORD);
		String csrf = csrf(send(get("/app/account"), session));

		HttpResponse<String> wrong = send(post("/app/account/delete", "currentPassword=nope&confirmed=true", csrf),
				session);
		HttpResponse<String> unconfirmed = send(
				post("/app/account/delete", "currentPassword=" + encode(UserFixture.PASSWORD), csrf), session);

		assertThat(wrong.statusCode()).isEqualTo(200);
		assertThat(wrong.body()).contains("The password is not correct.", "aria-invalid=\"true\"");
		assertThat(unconfirmed.statusCode()).isEqualTo(200);
		assertThat(unconfirmed.body()).contains("Tick the box to confirm.").doesNotContain(UserFixture.PASSWORD);
		assertThat(UserFixture.principal(this.users, email)).isNotNull();
		assertThat(send(get("/app/account"), session).statusCode()).isEqualTo(200);
	}

	@Test
	void deleting_ones_account_ends_every_session() throws Exception {
		String email = registered("leaving");
		String elsewhere = signIn(email, UserFixture.PASSWORD);
		String session = signIn(email, UserFixture.PASSWORD);
		String csrf = csrf(send(get("/app/account"), session));

		HttpResponse<String> deleted = send(post("/app/account/delete",
				"currentPassword=" + encode(UserFixture.PASSWORD) + "&confirmed=true", csrf), session);

		assertThat(deleted.statusCode()).isEqualTo(302);
		assertThat(deleted.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/"));
		assertThatThrownBy(() -> this.users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
		for (String old : new String[] { session, elsewhere }) {
			HttpResponse<String> after = send(get("/app/account"), old);
			assertThat(after.statusCode()).isEqualTo(302);
			assertThat(after.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/login"));
		}
	}

	@Test
	void a_platform_admin_erases_a_person_from_the_account_page() throws Exception {
		String email = registered("erased");
		long id = UserFixture.principal(this.users, email).id();
		String theirs = signIn(email, UserFixture.PASSWORD);
		String admin = signIn(UserFixture.DEMO_ADMIN, "demo-mayors-2026");
		HttpResponse<String> page = send(get("/app/admin/users/" + id), admin);
		assertThat(page.body()).contains("action=\"/app/admin/users/" + id + "/erase\"", "Erase the person");
		String csrf = csrf(page);

		HttpResponse<String> unconfirmed = send(post("/app/admin/users/" + id + "/erase", "", csrf), admin);
		assertThat(unconfirmed.statusCode()).isEqualTo(302);
		assertThat(UserFixture.principal(this.users, email)).isNotNull();

		HttpResponse<String> erased = send(post("/app/admin/users/" + id + "/erase", "confirmed=true", csrf), admin);

		assertThat(erased.statusCode()).isEqualTo(302);
		assertThat(erased.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/app/admin/users"));
		assertThatThrownBy(() -> this.users.loadUserByUsername(email)).isInstanceOf(UsernameNotFoundException.class);
		assertThat(send(get("/app/account"), theirs).statusCode()).isEqualTo(302);
		assertThat(send(get("/app/admin/users"), admin).statusCode()).isEqualTo(200);
	}

	@Test
	void a_person_who_is_not_platform_admin_cannot_erase_anyone() throws Exception {
		String email = registered("kept");
		long id = UserFixture.principal(this.users, email).id();
		String coordinator = signIn("coordinator.genoa@demo.mayorsinaction.eu", "demo-mayors-2026");
		String csrf = csrf(send(get("/app/account"), coordinator));

		HttpResponse<String> refused = send(post("/app/admin/users/" + id + "/erase", "confirmed=true", csrf),
				coordinator);

		assertThat(refused.statusCode()).isIn(403, 404);
		assertThat(UserFixture.principal(this.users, email)).isNotNull();
	}

	// Helpers

	private String registered(String prefix) {
		String email = UserFixture.uniqueEmail(prefix);
		this.users.register(UserFixture.person(email));
		return email;
	}

	/** Signs in through the login form and returns the new session's id. */
	private String signIn(String email, String password) throws Exception {
		HttpResponse<String> login = send(get("/login"), null);
		String session = sessionCookie(login).orElseThrow();
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf(login));
		HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), session);
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("error"));
		return sessionCookie(signedIn).orElse(session);
	}

	private static Optional<String> sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith("SESSION="))
			.map((value) -> value.substring("SESSION=".length()).split(";", 2)[0])
			.reduce((first, second) -> second);
	}

	private static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private HttpRequest.Builder post(String path, String form, String csrf) {
		String body = form.isEmpty() ? "_csrf=" + encode(csrf) : form + "&_csrf=" + encode(csrf);
		return HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String session) throws Exception {
		request.header("Cookie", "mia-lang=en" + ((session != null) ? "; SESSION=" + session : ""));
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String basic(String email) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((email + ":" + UserFixture.PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
