package eu.mayorsinaction.system;

import java.io.IOException;

import eu.mayorsinaction.user.MiaUser;
import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer mia_…} with a personal API token; an unknown
 * or revoked token is answered 401 at once rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final UserManagement users;

	private final ProblemResponses problems;

	BearerTokenFilter(UserManagement users, ProblemResponses problems) {
		this.users = users;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		MiaUser user = this.users.authenticateToken(header.substring(7).strip()).orElse(null);
		if (user == null) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, 401, "auth.invalidToken");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
