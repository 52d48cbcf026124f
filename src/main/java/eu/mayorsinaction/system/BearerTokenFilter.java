package eu.mayorsinaction.system;

import java.io.IOException;

import eu.mayorsinaction.user.AuthenticatedToken;
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
 * Authenticates {@code Authorization: Bearer mia_…} with a personal API token; an
 * unknown, expired or revoked token is answered 401 at once rather than treated as
 * anonymous, and a read-only token may only read ({@code GET}, {@code HEAD}).
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
		AuthenticatedToken token = this.users.authenticateBearerToken(header.substring(7).strip()).orElse(null);
		if (token == null) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, 401, "auth.invalidToken");
			return;
		}
		if (!token.allows(request.getMethod())) {
			response.setHeader("WWW-Authenticate", "Bearer error=\"insufficient_scope\"");
			this.problems.write(request, response, 403, "auth.readOnlyToken");
			return;
		}
		MiaUser user = token.user();
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
