package eu.mayorsinaction;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser helper works: the system Chromium opens the landing page and signs in.
 */
@WebIntegrationTest
class BrowserSmokeTests {

	@LocalServerPort
	int port;

	@Test
	void the_landing_page_opens_in_chromium_and_a_demo_user_signs_in() {
		String baseUrl = "http://localhost:" + this.port;
		Page page = BrowserSupport.shared().newPage();
		try {
			page.navigate(baseUrl + "/");
			assertThat(page.title()).contains("Mayors in Action");
			assertThat(BrowserSupport.screenshot(page, "landing")).exists();

			BrowserSupport.signIn(page, baseUrl, "admin@demo.mayorsinaction.eu");
			assertThat(page.url()).endsWith("/app");
		}
		finally {
			page.context().close();
		}
	}

}
