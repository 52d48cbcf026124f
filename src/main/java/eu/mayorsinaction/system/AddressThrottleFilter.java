package eu.mayorsinaction.system;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt (the login form, or HTTP Basic on the API) before any
 * password is checked when too many have failed from the client's address lately, across
 * accounts. The address is {@code request.getRemoteAddr()}: behind a reverse proxy the
 * proxy must set {@code X-Forwarded-For}, or every person shares the proxy's address.
 */
class AddressThrottleFilter extends OncePerRequestFilter {

	private final UserManagement users;

	private final ProblemResponses problems;

	private AddressThrottleFilter(UserManagement users, ProblemResponses problems) {
		this.users = users;
		this.problems = problems;
	}

	/** For the people's chain: posts of the login form. */
	static AddressThrottleFilter forLoginForm(UserManagement users) {
		return new AddressThrottleFilter(users, null);
	}

	/** For the API chain: HTTP Basic attempts, answered with a problem (429). */
	static AddressThrottleFilter forBasic(UserManagement users, ProblemResponses problems) {
		return new AddressThrottleFilter(users, problems);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (this.problems != null) {
			String header = request.getHeader("Authorization");
			return header == null || !header.regionMatches(true, 0, "Basic ", 0, 6);
		}
		return !(HttpMethod.POST.matches(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Duration> refused = this.users.signInsRefusedFrom(request.getRemoteAddr());
		if (refused.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		if (this.problems != null) {
			response.setHeader("Retry-After", String.valueOf(Math.max(1, refused.get().toSeconds())));
			this.problems.write(request, response, 429, "auth.addressThrottled");
			return;
		}
		response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes(refused.get()));
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

}
