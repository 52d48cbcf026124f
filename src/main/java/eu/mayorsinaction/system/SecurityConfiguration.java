package eu.mayorsinaction.system;

import java.time.Duration;

import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two filter chains: {@code /api/**} for programs (bearer token or HTTP Basic, answers in
 * problem details, never a redirect) and everything else for people (form login, session,
 * CSRF).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC_PAGES = { "/", "/login", "/privacy", "/public/**", "/css/**", "/js/**", "/img/**",
			"/webjars/**", "/favicon.ico", "/error", "/invitation/**", "/password-reset", "/password-reset/**",
			"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/actuator/health" };

	/** No page needs the camera, the microphone or the person's location. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, UserManagement users, ProblemResponses problems) throws Exception {
		// A browser that is signed in may call the API with its session; then (and only
		// then) CSRF applies.
		HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
		sessions.setAllowSessionCreation(false);
		RequestMatcher sessionWrites = (HttpServletRequest request) -> !isSafe(request.getMethod())
				&& request.getHeader("Authorization") == null && request.getRequestedSessionId() != null;
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Basic realm=\"Mayors in Action\"");
				problems.write(request, response, 401,
						(ex instanceof LockedException) ? "auth.accountLocked" : "auth.unauthenticated");
			}))
			.addFilterBefore(new BearerTokenFilter(users, problems), BasicAuthenticationFilter.class)
			.addFilterBefore(AddressThrottleFilter.forBasic(users, problems), BasicAuthenticationFilter.class)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
			.securityContext((context) -> context.securityContextRepository(
					new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(), sessions)))
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(sessionWrites))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(request, response, 401, "auth.unauthenticated"))
				.accessDeniedHandler(
						(request, response, ex) -> problems.write(request, response, 403, "error.forbidden")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webChain(HttpSecurity http, UserManagement users, CurrentActor currentActor) throws Exception {
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/app/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(signInRecorder(users))
				.failureHandler(signInFailure(users))
				.permitAll())
			.logout((logout) -> logout.logoutUrl("/logout")
				.addLogoutHandler(viewAsEnder(currentActor))
				.logoutSuccessUrl("/?signedOut")
				.permitAll())
			.addFilterBefore(AddressThrottleFilter.forLoginForm(users), UsernamePasswordAuthenticationFilter.class)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
						+ " style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
						+ " base-uri 'self'; form-action 'self'"))
				.frameOptions((frame) -> frame.deny())
				.contentTypeOptions(Customizer.withDefaults())
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * Ends a visit as a signatory when the person signs out (before the session is
	 * invalidated), so the audit trail records its end.
	 */
	private static LogoutHandler viewAsEnder(CurrentActor currentActor) {
		return (request, response, authentication) -> currentActor.endVisitOnSignOut(request, authentication);
	}

	/** Records the sign-in in the audit trail, then goes where the person was headed. */
	private static AuthenticationSuccessHandler signInRecorder(UserManagement users) {
		SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
		target.setDefaultTargetUrl("/app");
		return (request, response, authentication) -> {
			users.recordSignIn(authentication.getName());
			target.onAuthenticationSuccess(request, response, authentication);
		};
	}

	/**
	 * Back to the login page, which says for how many minutes the account is locked if it
	 * is (never which part of the credentials was wrong).
	 */
	private static AuthenticationFailureHandler signInFailure(UserManagement users) {
		return (request, response, ex) -> {
			String target = users.lockRemaining(request.getParameter("username"))
				.map((remaining) -> "/login?locked=" + minutes(remaining))
				.orElse("/login?error");
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	private static long minutes(Duration duration) {
		return Math.max(1, (duration.toSeconds() + 59) / 60);
	}

	private static boolean isSafe(String method) {
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
	}

}
