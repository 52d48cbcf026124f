package eu.mayorsinaction.user;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import eu.mayorsinaction.WebIntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Failed sign-ins are counted per client address as well as per account: one address that
 * fails too often, across many accounts, is refused for a while without locking anyone's
 * account, and other addresses are not affected. Each test uses its own
 * documentation-range address and its own accounts (never the demo accounts).
 */
@WebIntegrationTest
class SignInThrottleByAddressTests {

	private static final Cookie ENGLISH = new Cookie("mia-lang", "en");

	private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

	@Autowired
	WebApplicationContext context;

	@Autowired
	UserManagement users;

	@Autowired
	AccountSettings settings;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void many_failures_from_one_address_across_accounts_refuse_it_without_locking_the_accounts() throws Exception {
		String spraying = nextAddress();
		String elsewhere = nextAddress();
		List<String> accounts = accounts("sprayed", this.settings.maxFailedSignInsPerAddress());
		for (String email : accounts) {
			signIn(email, "one guess per account", spraying).andExpect(redirectedUrl("/login?error"));
		}

		// Even the right password is refused from that address, before it is checked.
		String window = String.valueOf(this.settings.addressWindow().toMinutes());
		signIn(accounts.get(0), UserFixture.PASSWORD, spraying).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled=" + window));
		this.mvc.perform(get("/api/v1/me").with(httpBasic(accounts.get(1), UserFixture.PASSWORD)).with(from(spraying)))
			.andExpect(status().isTooManyRequests())
			.andExpect(jsonPath("$.code").value("auth.addressThrottled"));
		this.mvc.perform(get("/login").param("throttled", window).cookie(ENGLISH))
			.andExpect(content().string(containsString("please wait " + window + " minutes")));

		// No account is locked: each person signs in from another address.
		for (String email : accounts) {
			assertThat(this.users.lockRemaining(email)).as(email).isEmpty();
		}
		signIn(accounts.get(0), UserFixture.PASSWORD, elsewhere)
			.andExpect(authenticated().withUsername(accounts.get(0)));
	}

	@Test
	void a_success_from_another_address_does_not_reset_the_count() throws Exception {
		String failing = nextAddress();
		String succeeding = nextAddress();
		int max = this.settings.maxFailedSignInsPerAddress();
		List<String> accounts = accounts("counted", max);
		for (String email : accounts.subList(0, max - 1)) {
			signIn(email, "not the password", failing).andExpect(redirectedUrl("/login?error"));
		}

		signIn(accounts.get(0), UserFixture.PASSWORD, succeeding).andExpect(authenticated());
		signIn(accounts.get(max - 1), "not the password either", failing).andExpect(redirectedUrl("/login?error"));

		signIn(accounts.get(1), UserFixture.PASSWORD, failing).andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?throttled=" + this.settings.addressWindow().toMinutes()));
		signIn(accounts.get(1), UserFixture.PASSWORD, succeeding).andExpect(authenticated());
	}

	@Test
	void failures_below_the_threshold_leave_the_address_free() throws Exception {
		String address = nextAddress();
		List<String> accounts = accounts("few", 3);
		for (String email : accounts) {
			signIn(email, "a wrong guess", address).andExpect(redirectedUrl("/login?error"));
		}

		signIn(accounts.get(2), UserFixture.PASSWORD, address).andExpect(authenticated().withUsername(accounts.get(2)));
	}

	private ResultActions signIn(String email, String password, String address) throws Exception {
		return this.mvc.perform(
				post("/login").with(csrf()).with(from(address)).param("username", email).param("password", password));
	}

	private List<String> accounts(String prefix, int count) {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String email = UserFixture.uniqueEmail(prefix);
			UserFixture.registered(this.users, email);
			emails.add(email);
		}
		return emails;
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** A fresh address from TEST-NET-3 (203.0.113.0/24), so tests never share a count. */
	private static String nextAddress() {
		return "203.0.113." + NEXT_ADDRESS.getAndIncrement();
	}

}
