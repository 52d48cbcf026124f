package eu.mayorsinaction;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import eu.mayorsinaction.system.DemoAccounts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small helpers shared by the browser tests: the demo accounts, ids looked up through the
 * JSON API (HTTP Basic as the platform admin), texts read from the message bundles, and
 * pages that speak a fixed language without touching anyone's stored preference.
 */
final class BrowserFixtures {

	static final String ADMIN = "admin@demo.mayorsinaction.eu";

	static final String GENOA_COORDINATOR = "coordinator.genoa@demo.mayorsinaction.eu";

	static final String BARCELONA_STAFF = "staff.barcelona@demo.mayorsinaction.eu";

	static final String CRES_SUPPORTER = "supporter.cres@demo.mayorsinaction.eu";

	static final String CHIAVARI_EDITOR = "editor.chiavari@demo.mayorsinaction.eu";

	static final String SABADELL_VIEWER = "viewer.sabadell@demo.mayorsinaction.eu";

	private static final Path BUNDLES = Path.of("src", "main", "resources", "messages");

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private BrowserFixtures() {
	}

	/**
	 * A page whose language cookie is already set: the cookie outranks the account's
	 * stored preference, so the pages speak this language and no preference changes.
	 */
	static Page pageIn(String baseUrl, String language) {
		Page page = BrowserSupport.shared().newPage(language);
		page.context().addCookies(List.of(new Cookie("mia-lang", language).setUrl(baseUrl + "/")));
		return page;
	}

	/**
	 * A text of a message bundle file, e.g.
	 * {@code message("messages", "nl", "nav.dashboard")} reads
	 * {@code messages_nl.properties}; {@code null} language reads the English bundle.
	 */
	static String message(String basename, String language, String key) {
		Path file = BUNDLES
			.resolve(language == null ? basename + ".properties" : basename + "_" + language + ".properties");
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String value = properties.getProperty(key);
		assertThat(value).as("%s has the key %s", file, key).isNotBlank();
		// Spring's MessageFormat turns '' into ' in messages that take arguments only;
		// the keys read here take none.
		return value;
	}

	/** The id of the signatory with exactly this name, as the platform admin finds it. */
	static long signatoryId(String baseUrl, String name) {
		return idByName(baseUrl, "/api/v1/signatories", name);
	}

	/**
	 * The id of the organisation with exactly this name, as the platform admin finds it.
	 */
	static long organisationId(String baseUrl, String name) {
		return idByName(baseUrl, "/api/v1/organisations", name);
	}

	private static long idByName(String baseUrl, String path, String name) {
		JsonNode page = getAsAdmin(baseUrl, path + "?size=100&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
		for (JsonNode item : page.get("items")) {
			if (name.equals(item.get("name").asString())) {
				return item.get("id").asLong();
			}
		}
		throw new AssertionError("No " + path + " named " + name + " in " + page);
	}

	static JsonNode getAsAdmin(String baseUrl, String pathAndQuery) {
		String basic = Base64.getEncoder()
			.encodeToString((ADMIN + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json")
			.GET()
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as("GET %s: %s", pathAndQuery, response.body()).isEqualTo(200);
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The names in the first column of the signatory list on the current page. */
	static List<String> listedSignatories(Page page) {
		return page.locator("main table tbody th[scope=row] a").allInnerTexts().stream().map(String::strip).toList();
	}

}
