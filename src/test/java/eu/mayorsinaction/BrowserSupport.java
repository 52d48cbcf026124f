package eu.mayorsinaction;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import eu.mayorsinaction.system.DemoAccounts;

/**
 * Drives the system Chromium (Debian package {@code chromium}) with Playwright for the
 * browser tests: one browser per test JVM, a fresh context (cookies, language) per
 * {@link #newPage()}. Playwright never downloads browsers here.
 *
 * <pre>
 * Page page = BrowserSupport.shared().newPage();
 * BrowserSupport.signIn(page, baseUrl, "staff.barcelona@demo.mayorsinaction.eu");
 * BrowserSupport.screenshot(page, "signatories");
 * </pre>
 */
public final class BrowserSupport implements AutoCloseable {

	static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static BrowserSupport shared;

	private final Playwright playwright;

	private final Browser browser;

	private BrowserSupport() {
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(chromium())
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	/**
	 * The browser of this test JVM, launched on first use and closed when the JVM exits.
	 */
	public static synchronized BrowserSupport shared() {
		if (shared == null) {
			shared = new BrowserSupport();
			Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "playwright-stop"));
		}
		return shared;
	}

	/**
	 * A page in a new, empty browser context (no cookies), in English unless told
	 * otherwise.
	 */
	public Page newPage() {
		return newPage("en-GB");
	}

	/**
	 * A page in a new browser context whose {@code Accept-Language} is the given locale.
	 */
	public Page newPage(String locale) {
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setLocale(locale));
		return context.newPage();
	}

	/**
	 * Signs in through the login form with a demo account (password of the demo) and
	 * waits until the signed-in area shows.
	 */
	public static void signIn(Page page, String baseUrl, String email) {
		signIn(page, baseUrl, email, DemoAccounts.PASSWORD);
	}

	public static void signIn(Page page, String baseUrl, String email, String password) {
		page.navigate(baseUrl + "/login");
		page.fill("#username", email);
		page.fill("#password", password);
		page.click("form[action$='/login'] button[type=submit]");
		page.waitForURL((url) -> !url.contains("/login"));
	}

	/**
	 * Saves a full-page screenshot as {@code target/screenshots/<name>.png} and returns
	 * its path.
	 */
	public static Path screenshot(Page page, String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		Path file = SCREENSHOTS.resolve(name + ".png");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/** {@code chromium} on the PATH, else Debian's {@code /usr/bin/chromium}. */
	static Path chromium() {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path candidate = Path.of(directory, "chromium");
			if (!directory.isEmpty() && Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		return Path.of("/usr/bin/chromium");
	}

	@Override
	public synchronized void close() {
		this.browser.close();
		this.playwright.close();
	}

}
