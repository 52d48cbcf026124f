package eu.mayorsinaction.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import eu.mayorsinaction.shared.BusinessException;
import eu.mayorsinaction.shared.InvalidInput;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Turns every expected failure into a translated answer: a problem detail with a stable
 * {@code code} (and the fields at fault) for the API, an error page for people. Nothing a
 * person can type ends in a 500.
 */
@ControllerAdvice
class ErrorHandling {

	private final ProblemResponses problems;

	private final MessageSource messages;

	ErrorHandling(ProblemResponses problems, MessageSource messages) {
		this.problems = problems;
		this.messages = messages;
	}

	@ExceptionHandler(BusinessException.class)
	Object business(BusinessException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return page(request, response, ex.status(), ex.code(), ex.arguments());
		}
		ProblemDetail problem = this.problems.problem(request, ex.status(), ex.code(), ex.arguments());
		if (ex instanceof InvalidInput invalid) {
			List<Map<String, String>> fields = new ArrayList<>();
			invalid.violations()
				.forEach((v) -> fields.add(Map.of("field", v.field(), "code", v.code(), "message",
						this.problems.message(request, v.code(), v.arguments()))));
			this.problems.withFields(problem, fields);
		}
		if (!ex.details().isEmpty()) {
			List<Map<String, Object>> details = new ArrayList<>();
			for (BusinessException.Detail detail : ex.details()) {
				Map<String, Object> entry = new java.util.LinkedHashMap<>();
				entry.put("line", detail.line());
				entry.put("field", detail.field());
				entry.put("code", detail.code());
				entry.put("message", this.problems.message(request, detail.code(), detail.arguments().toArray()));
				details.add(entry);
			}
			problem.setProperty("errors", details);
		}
		return json(problem);
	}

	@ExceptionHandler(BindException.class)
	Object binding(BindException ex, HttpServletRequest request, HttpServletResponse response) {
		if (!isApi(request)) {
			return page(request, response, 400, "error.validation");
		}
		ProblemDetail problem = this.problems.problem(request, 400, "error.validation");
		List<Map<String, String>> fields = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String code = (error.getCode() != null) ? error.getCode() : "invalid";
			String message = this.messages.getMessage(error, RequestContextUtils.getLocale(request));
			fields.add(Map.of("field", error.getField(), "code", code, "message", message));
		}
		ex.getGlobalErrors()
			.forEach((error) -> fields
				.add(Map.of("field", error.getObjectName(), "code", String.valueOf(error.getCode()), "message",
						this.messages.getMessage(error, RequestContextUtils.getLocale(request)))));
		return json(this.problems.withFields(problem, fields));
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	Object methodValidation(HandlerMethodValidationException ex, HttpServletRequest request,
			HttpServletResponse response) {
		return simple(request, response, 400, "error.validation");
	}

	@ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
			MissingServletRequestParameterException.class, MissingServletRequestPartException.class })
	Object unreadable(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		String field = (ex instanceof HttpMessageNotReadableException) ? jsonField(ex) : null;
		if (field == null || !isApi(request)) {
			return simple(request, response, 400, "error.badRequest");
		}
		// A value of the wrong type or an unknown code in a JSON body: name the field at
		// fault.
		ProblemDetail problem = this.problems.problem(request, 400, "error.validation");
		return json(this.problems.withFields(problem, List.of(Map.of("field", field, "code", "typeMismatch", "message",
				this.problems.message(request, "typeMismatch")))));
	}

	/**
	 * The path of the JSON property that could not be read, e.g.
	 * {@code consumption[3].mwh}, if known.
	 */
	static String jsonField(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference reference : jackson.getPath()) {
					if (reference.getPropertyName() != null) {
						path.append((path.length() > 0) ? "." : "").append(reference.getPropertyName());
					}
					else if (reference.getIndex() >= 0) {
						path.append('[').append(reference.getIndex()).append(']');
					}
				}
				return (path.length() > 0) ? path.toString() : null;
			}
		}
		return null;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return simple(request, response, 413, "error.tooLarge");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	Object method(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return simple(request, response, 405, "error.methodNotAllowed");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	Object mediaType(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return simple(request, response, 415, "error.unsupportedMediaType");
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noResource(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		return simple(request, response, 404, "error.notFound");
	}

	private Object simple(HttpServletRequest request, HttpServletResponse response, int status, String code) {
		if (!isApi(request)) {
			return page(request, response, status, code);
		}
		return json(this.problems.problem(request, status, code));
	}

	private static ResponseEntity<ProblemDetail> json(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status, String code,
			Object... arguments) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(HttpStatus.valueOf(status));
		page.addObject("status", status);
		page.addObject("message", this.problems.message(request, code, arguments));
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

}
