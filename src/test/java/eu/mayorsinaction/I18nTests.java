package eu.mayorsinaction;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.mayorsinaction.shared.Languages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every UI text comes from a message bundle, and every bundle exists in every language of
 * {@link Languages#CODES}, complete and really translated. The basenames are read from
 * {@code spring.messages.basename}, so a module that adds a bundle is covered at once.
 */
class I18nTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** A message placeholder such as {0} or {1,number}: the argument index. */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Thymeleaf inlined expressions in text: [[...]] and [(...)]. */
	private static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

	/**
	 * Words that are the same in every language: a value equal to English is fine for
	 * these.
	 */
	private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("ok", "email", "e-mail", "api", "csv", "id",
			"ipcc", "lca", "bei", "mei", "seap", "secap", "iso", "url", "pdf", "xlsx", "json", "mayors in action",
			"co₂", "co2", "mwh", "kwh", "gwh", "tco₂", "tco2", "tco₂e", "tco2e", "%");

	/**
	 * Only placeholders, numbers, symbols and codes (an upper-case abbreviation, a unit),
	 * nothing to translate.
	 */
	private static final Pattern CODE_LIKE = Pattern.compile("[\\p{Lu}\\d_\\-./:%₂ ]*");

	private static final double MAX_SHARE_EQUAL_TO_ENGLISH = 0.05;

	/**
	 * Attributes a person reads or hears; they must come from a bundle (th:...) when they
	 * hold words.
	 */
	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	/**
	 * Thymeleaf attributes that replace the element's content, so its literal children
	 * never show.
	 */
	private static final Set<String> REPLACING_ATTRIBUTES = Set.of("th:text", "th:utext", "th:replace", "th:insert",
			"th:include", "data-th-text", "data-th-utext", "data-th-replace", "data-th-insert");

	// Bundles

	@Test
	void the_basenames_are_read_from_the_application_properties() throws IOException {
		assertThat(basenames()).contains("messages/messages", "messages/organisation", "messages/user");
	}

	@TestFactory
	Stream<DynamicTest> every_bundle_exists_in_every_language_with_exactly_the_english_keys() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String basename : basenames()) {
			Properties english = load(bundle(basename, null));
			for (String language : translatedLanguages()) {
				tests.add(dynamicTest(basename + "_" + language, () -> {
					Path file = bundle(basename, language);
					assertThat(file).as("bundle %s for language %s", file, language).exists();
					Properties translated = load(file);
					Set<String> missing = new TreeSet<>(english.stringPropertyNames());
					missing.removeAll(translated.stringPropertyNames());
					Set<String> extra = new TreeSet<>(translated.stringPropertyNames());
					extra.removeAll(english.stringPropertyNames());
					assertThat(missing).as("keys of %s missing in %s", bundle(basename, null), file).isEmpty();
					assertThat(extra).as("keys in %s that English does not have", file).isEmpty();
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> every_translation_has_the_placeholders_of_english() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String basename : basenames()) {
			Properties english = load(bundle(basename, null));
			for (String language : Languages.CODES) {
				tests.add(dynamicTest(basename + "_" + language, () -> {
					Path file = bundle(basename, "en".equals(language) ? null : language);
					assertThat(file).as("bundle %s", file).exists();
					Properties translated = load(file);
					List<String> problems = new ArrayList<>();
					for (String key : new TreeSet<>(english.stringPropertyNames())) {
						String value = translated.getProperty(key);
						if (value == null) {
							continue;
						}
						Set<Integer> expected = placeholders(english.getProperty(key));
						Set<Integer> actual = placeholders(value);
						if (!expected.equals(actual)) {
							problems.add(key + ": placeholders " + actual + " but English has " + expected);
						}
						else if (!expected.isEmpty() && !survivesMessageFormat(value, expected)) {
							problems.add(key + ": a placeholder is lost when formatted (a single ' quotes text"
									+ " in messages with arguments: write '' for an apostrophe): " + value);
						}
					}
					assertThat(problems).as("placeholder problems in %s", file).isEmpty();
				}));
			}
		}
		return tests.stream();
	}

	@TestFactory
	Stream<DynamicTest> at_most_five_percent_of_a_bundle_is_left_in_english() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		for (String basename : basenames()) {
			Properties english = load(bundle(basename, null));
			for (String language : translatedLanguages()) {
				tests.add(dynamicTest(basename + "_" + language, () -> {
					Path file = bundle(basename, language);
					assertThat(file).as("bundle %s", file).exists();
					Properties translated = load(file);
					Set<String> keys = new TreeSet<>(english.stringPropertyNames());
					List<String> untranslated = keys.stream().filter((key) -> {
						String value = translated.getProperty(key);
						return value != null && value.strip().equals(english.getProperty(key).strip())
								&& !sameInEveryLanguage(value);
					}).toList();
					double share = keys.isEmpty() ? 0 : (double) untranslated.size() / keys.size();
					assertThat(share)
						.as("share of values in %s equal to English (%d of %d): %s", file, untranslated.size(),
								keys.size(), untranslated)
						.isLessThanOrEqualTo(MAX_SHARE_EQUAL_TO_ENGLISH);
				}));
			}
		}
		return tests.stream();
	}

	@Test
	void the_check_for_english_left_in_a_bundle_ignores_codes_and_international_words() {
		assertThat(sameInEveryLanguage("OK")).isTrue();
		assertThat(sameInEveryLanguage("E-mail")).isTrue();
		assertThat(sameInEveryLanguage("SECAP")).isTrue();
		assertThat(sameInEveryLanguage("{0} / {1}")).isTrue();
		assertThat(sameInEveryLanguage("2030")).isTrue();
		assertThat(sameInEveryLanguage("Mayors in Action")).isTrue();
		assertThat(sameInEveryLanguage("Sign in")).isFalse();
		assertThat(sameInEveryLanguage("Dashboard")).isFalse();
	}

	@Test
	void a_lost_placeholder_is_detected() {
		assertThat(survivesMessageFormat("Administrator of {0}", Set.of(0))).isTrue();
		assertThat(survivesMessageFormat("Amministratore dell''ente {0}", Set.of(0))).isTrue();
		assertThat(survivesMessageFormat("Administrateur de l'organisation {0}", Set.of(0))).isFalse();
	}

	// Templates

	@TestFactory
	Stream<DynamicTest> templates_hold_no_literal_text() throws IOException {
		return templates().stream().map((template) -> dynamicTest(TEMPLATES.relativize(template).toString(), () -> {
			assertThat(literalTexts(parse(template))).as("literal text in %s: use th:text with a message key", template)
				.isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> templates_have_no_inline_scripts_styles_or_event_handlers() throws IOException {
		return templates().stream().map((template) -> dynamicTest(TEMPLATES.relativize(template).toString(), () -> {
			assertThat(inlineCode(parse(template)))
				.as("inline script or style in %s: the Content-Security-Policy blocks it", template)
				.isEmpty();
		}));
	}

	@Test
	void the_template_checks_find_literal_text_and_inline_code() {
		Document page = Jsoup.parse("""
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<h1 th:text="#{home.title}">Placeholder words are fine</h1>
				<p>Literal words</p>
				<p>[[#{home.intro}]] &nbsp; 42 &times;</p>
				<img src="x.png" alt="A picture"><img src="y.png" alt="" th:alt="#{home.title}">
				<button value="Go" th:text="#{common.save}"></button>
				<input type="submit" value="Send">
				<input type="text" value="data is fine">
				<span aria-label="Close"></span>
				<div style="color: red"></div><script>alert(1)</script><script th:src="@{/js/mia.js}"></script>
				<a href="#" onclick="go()" th:text="#{common.next}"></a>
				</body></html>
				""");
		assertThat(literalTexts(page)).containsExactlyInAnyOrder("text \"Literal words\" in <p>",
				"alt=\"A picture\" on <img>", "value=\"Go\" on <button>", "value=\"Send\" on <input>",
				"aria-label=\"Close\" on <span>");
		assertThat(inlineCode(page)).containsExactlyInAnyOrder("style=\"color: red\" on <div>", "inline <script> body",
				"onclick=\"go()\" on <a>");
	}

	static List<String> literalTexts(Document document) {
		List<String> found = new ArrayList<>();
		collectLiteralTexts(document, found);
		return found;
	}

	private static void collectLiteralTexts(Node node, List<String> found) {
		if (node instanceof Element element) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				boolean read = READ_ATTRIBUTES.contains(name) || ("value".equals(name) && isButton(element));
				if (read && hasLetters(attribute.getValue()) && !element.hasAttr("th:" + name)
						&& !element.hasAttr("th:attr")) {
					found.add(name + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
				}
			}
			if (replacesContent(element) || "script".equals(element.tagName()) || "style".equals(element.tagName())) {
				return;
			}
		}
		if (node instanceof TextNode text) {
			String words = INLINED.matcher(text.getWholeText()).replaceAll(" ").strip();
			if (hasLetters(words)) {
				found.add("text \"" + words + "\" in <" + ((Element) text.parent()).tagName() + ">");
			}
		}
		node.childNodes().forEach((child) -> collectLiteralTexts(child, found));
	}

	static List<String> inlineCode(Document document) {
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String bare = name.startsWith("th:") ? name.substring(3) : name;
				if ("style".equals(bare) || "styleappend".equals(bare)
						|| (bare.startsWith("on") && bare.length() > 2)) {
					found.add(name + "=\"" + attribute.getValue() + "\" on <" + element.tagName() + ">");
				}
			}
			if ("script".equals(element.tagName()) && !element.data().isBlank()
					&& !element.attr("type").toLowerCase(Locale.ROOT).contains("json")) {
				found.add("inline <script> body");
			}
			if ("style".equals(element.tagName())) {
				found.add("inline <style> element");
			}
		}
		return found;
	}

	private static boolean replacesContent(Element element) {
		if (REPLACING_ATTRIBUTES.stream().anyMatch(element::hasAttr)) {
			return true;
		}
		String remove = element.attr("th:remove");
		return "all".equals(remove) || "body".equals(remove) || "all-but-first".equals(remove);
	}

	private static boolean isButton(Element element) {
		String type = element.attr("type").toLowerCase(Locale.ROOT);
		return "button".equals(element.tagName())
				|| ("input".equals(element.tagName()) && Set.of("submit", "button", "reset").contains(type));
	}

	private static boolean hasLetters(String text) {
		return LETTER.matcher(text).find();
	}

	// Helpers

	static List<String> basenames() throws IOException {
		Properties application = load(RESOURCES.resolve("application.properties"));
		String basenames = application.getProperty("spring.messages.basename");
		assertThat(basenames).as("spring.messages.basename in application.properties").isNotBlank();
		return Arrays.stream(basenames.split(",")).map(String::strip).filter((b) -> !b.isEmpty()).toList();
	}

	private static List<String> translatedLanguages() {
		return Languages.CODES.stream().filter((code) -> !"en".equals(code)).toList();
	}

	private static Path bundle(String basename, String language) {
		String name = basename.replace("classpath:", "") + ((language != null) ? "_" + language : "") + ".properties";
		return RESOURCES.resolve(name);
	}

	private static Properties load(Path file) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<Integer> placeholders(String value) {
		Set<Integer> indexes = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(value);
		while (matcher.find()) {
			indexes.add(Integer.valueOf(matcher.group(1)));
		}
		return indexes;
	}

	/**
	 * Formats as Spring's MessageSource does for messages with arguments, and checks
	 * every argument shows.
	 */
	static boolean survivesMessageFormat(String value, Set<Integer> indexes) {
		int highest = indexes.stream().mapToInt(Integer::intValue).max().orElse(-1);
		Object[] arguments = new Object[highest + 1];
		for (int i = 0; i <= highest; i++) {
			arguments[i] = "\u0001ARG" + i + "\u0001";
		}
		String formatted;
		try {
			formatted = new MessageFormat(value, Locale.ROOT).format(arguments);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return indexes.stream().allMatch((i) -> formatted.contains("\u0001ARG" + i + "\u0001"));
	}

	static boolean sameInEveryLanguage(String value) {
		String stripped = value.strip();
		if (SAME_IN_EVERY_LANGUAGE.contains(stripped.toLowerCase(Locale.ROOT))) {
			return true;
		}
		String withoutPlaceholders = PLACEHOLDER.matcher(stripped).replaceAll("");
		return CODE_LIKE.matcher(withoutPlaceholders).matches();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

	private static Document parse(Path template) throws IOException {
		return Jsoup.parse(Files.readString(template, StandardCharsets.UTF_8));
	}

}
