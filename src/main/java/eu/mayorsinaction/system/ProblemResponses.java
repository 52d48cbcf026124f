package eu.mayorsinaction.system;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Builds RFC 9457 problem details with a stable {@code code} and a message translated
 * into the caller's language; used by the exception handlers and by the security filters,
 * which run before Spring MVC.
 */
@Component
public class ProblemResponses {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	ProblemResponses(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	public ProblemDetail problem(HttpServletRequest request, int status, String code, Object... arguments) {
		Locale locale = this.locales.resolveLocale(request);
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
		problem.setDetail(this.messages.getMessage(code, arguments, code, locale));
		problem.setProperty("code", code);
		return problem;
	}

	public ProblemDetail withFields(ProblemDetail problem, List<Map<String, String>> fields) {
		problem.setProperty("fields", fields);
		return problem;
	}

	public String message(HttpServletRequest request, String code, Object... arguments) {
		return this.messages.getMessage(code, arguments, code, this.locales.resolveLocale(request));
	}

	/**
	 * Writes a problem straight to the response, for filters and entry points outside
	 * Spring MVC.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, int status, String code)
			throws IOException {
		ProblemDetail problem = problem(request, status, code);
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", problem.getTitle());
		body.put("status", status);
		body.put("detail", problem.getDetail());
		body.put("instance", request.getRequestURI());
		body.put("code", code);
		response.getWriter().write(this.json.writeValueAsString(body));
	}

}
