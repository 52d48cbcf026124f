package eu.mayorsinaction.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.mayorsinaction.WebIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers and cookies a browser really receives: real HTTP against the running
 * server, so that every filter takes part (Spring Security's, Spring Session's, the
 * forwarded-header filter).
 */
@WebIntegrationTest
class SecurityHeadersTests {

	static final String GENOA = "coordinator.genoa@demo.mayorsinaction.eu";

	static final String DEMO_PASSWORD = "demo-mayors-2026";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@Test
	void pages_carry_a_content_security_policy_without_inline_scripts() throws Exception {
		HttpResponse<String> page = send(get("/"));

		String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(directives(csp)).containsExactlyInAnyOrder("default-src 'self'", "img-src 'self' data:",
				"style-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'", "form-action 'self'");
		assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
	}

	@Test
	void pages_may_not_be_framed_sniffed_or_leak_the_referrer_and_need_no_camera() throws Exception {
		for (String path : List.of("/", "/login", "/privacy")) {
			HttpResponse<String> page = send(get(path));

			assertThat(page.statusCode()).as(path).isEqualTo(200);
			assertThat(header(page, "X-Frame-Options")).as(path).hasValue("DENY");
			assertThat(header(page, "X-Content-Type-Options")).as(path).hasValue("nosniff");
			assertThat(header(page, "Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
			assertThat(header(page, "Permissions-Policy")).as(path)
				.hasValue("camera=(), microphone=(), geolocation=(), payment=(), usb=()");
		}
	}

	@Test
	void the_session_cookie_is_http_only_and_same_site_lax() throws Exception {
		HttpResponse<String> login = send(get("/login"));

		String cookie = setCookie(login, "SESSION").orElseThrow();
		assertThat(attributes(cookie)).contains("httponly", "samesite=lax").doesNotContain("secure");
	}

	@Test
	void the_session_id_changes_at_sign_in() throws Exception {
		HttpResponse<String> login = send(get("/login"));
		String before = cookieValue(setCookie(login, "SESSION").orElseThrow());

		HttpResponse<String> signedIn = send(signIn(before, csrf(login), GENOA, DEMO_PASSWORD));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(header(signedIn, "Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/app"));
		String after = cookieValue(setCookie(signedIn, "SESSION").orElseThrow());
		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(send(get("/app").header("Cookie", "SESSION=" + after)).statusCode()).isEqualTo(200);
		assertThat(send(get("/app").header("Cookie", "SESSION=" + before)).statusCode()).isEqualTo(302);
	}

	@Test
	void behind_an_https_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
		HttpResponse<String> login = send(get("/login").header("X-Forwarded-Proto", "https"));
		String first = setCookie(login, "SESSION").orElseThrow();
		assertThat(attributes(first)).contains("secure", "httponly", "samesite=lax");

		HttpResponse<String> signedIn = send(
				signIn(cookieValue(first), csrf(login), GENOA, DEMO_PASSWORD).header("X-Forwarded-Proto", "https"));

		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(attributes(setCookie(signedIn, "SESSION").orElseThrow())).contains("secure", "httponly",
				"samesite=lax");
		assertThat(header(signedIn, "Location"))
			.hasValueSatisfying((location) -> assertThat(location).startsWith("https://"));
		assertThat(header(login, "Strict-Transport-Security")).isPresent();
	}

	@Test
	void the_language_cookie_is_http_only_same_site_lax_and_secure_behind_https() throws Exception {
		HttpResponse<String> plain = send(get("/?lang=nl"));
		String cookie = setCookie(plain, "mia-lang").orElseThrow();
		assertThat(cookieValue(cookie)).isEqualTo("nl");
		assertThat(attributes(cookie)).contains("httponly", "samesite=lax", "path=/").doesNotContain("secure");

		HttpResponse<String> secure = send(get("/?lang=nl").header("X-Forwarded-Proto", "https"));
		assertThat(attributes(setCookie(secure, "mia-lang").orElseThrow())).contains("secure", "httponly",
				"samesite=lax");
	}

	@Test
	void signed_in_pages_are_not_cached() throws Exception {
		String session = signedInSession();

		HttpResponse<String> page = send(get("/app/account").header("Cookie", "SESSION=" + session));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(header(page, "Cache-Control")).hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
	}

	@Test
	void api_answers_set_no_session_cookie() throws Exception {
		String basic = "Basic "
				+ Base64.getEncoder().encodeToString((GENOA + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> me = send(get("/api/v1/me").header("Authorization", basic));
		HttpResponse<String> anonymous = send(get("/api/v1/me"));
		HttpResponse<String> missing = send(get("/api/v1/nothing-here").header("Authorization", basic));

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		for (HttpResponse<String> response : List.of(me, anonymous, missing)) {
			assertThat(response.headers().allValues("Set-Cookie")).as(response.uri().toString()).isEmpty();
			assertThat(header(response, "Cache-Control")).as(response.uri().toString())
				.hasValueSatisfying((value) -> assertThat(value).contains("no-store"));
		}
	}

	// Helpers

	private String signedInSession() throws Exception {
		HttpResponse<String> login = send(get("/login"));
		HttpResponse<String> signedIn = send(
				signIn(cookieValue(setCookie(login, "SESSION").orElseThrow()), csrf(login), GENOA, DEMO_PASSWORD));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		return cookieValue(setCookie(signedIn, "SESSION").orElseThrow());
	}

	private HttpRequest.Builder signIn(String session, String csrf, String email, String password) {
		String form = "username=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
		return HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session)
			.POST(HttpRequest.BodyPublishers.ofString(form));
	}

	static String csrf(HttpResponse<String> page) {
		Matcher matcher = CSRF.matcher(page.body());
		assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
		return matcher.group(1);
	}

	static Optional<String> setCookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((value) -> value.startsWith(name + "="))
			.reduce((first, second) -> second);
	}

	static String cookieValue(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		return pair.substring(pair.indexOf('=') + 1);
	}

	/** The attributes of a Set-Cookie header, lower case: "httponly", "samesite=lax". */
	static List<String> attributes(String setCookie) {
		String[] parts = setCookie.split(";");
		return java.util.Arrays.stream(parts).skip(1).map((part) -> part.strip().toLowerCase(Locale.ROOT)).toList();
	}

	private static List<String> directives(String csp) {
		return java.util.Arrays.stream(csp.split(";")).map(String::strip).filter((d) -> !d.isEmpty()).toList();
	}

	private static Optional<String> header(HttpResponse<?> response, String name) {
		return response.headers().firstValue(name);
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(uri(path)).GET();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
