package eu.mayorsinaction.system;

import eu.mayorsinaction.user.UserManagement;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
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

	static final String[] PUBLIC_PAGES = { "/", "/login", "/public/**", "/css/**", "/js/**", "/img/**", "/webjars/**",
			"/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
			"/actuator/health" };

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
				problems.write(request, response, 401, "auth.unauthenticated");
			}))
			.addFilterBefore(new BearerTokenFilter(users, problems), BasicAuthenticationFilter.class)
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
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((authorize) -> authorize.requestMatchers(PUBLIC_PAGES)
			.permitAll()
			.requestMatchers("/app/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/app", false).permitAll())
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/?signedOut").permitAll())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; img-src 'self' data:;"
						+ " style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none';"
						+ " base-uri 'self'; form-action 'self'"))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		return http.build();
	}

	private static boolean isSafe(String method) {
		return HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method);
	}

}
