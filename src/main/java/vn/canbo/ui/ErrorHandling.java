package vn.canbo.ui;

import java.net.URI;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

import vn.canbo.shared.ConcurrentEditException;
import vn.canbo.shared.DomainException;
import vn.canbo.shared.InvalidInputException;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * One place maps domain errors to HTTP: RFC 9457 problem details with a Vietnamese
 * {@code detail} for the API, an error page in the user's language for the UI.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorHandling {

	private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

	private final MessageSource messages;

	private final ShellModelAdvice shell;

	ErrorHandling(MessageSource messages, ShellModelAdvice shell) {
		this.messages = messages;
		this.shell = shell;
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, text(ex, request), request);
	}

	@ExceptionHandler(OutOfScopeException.class)
	Object outOfScope(OutOfScopeException ex, HttpServletRequest request) {
		return respond(HttpStatus.FORBIDDEN, text(ex, request), request);
	}

	@ExceptionHandler(ConcurrentEditException.class)
	Object concurrentEdit(ConcurrentEditException ex, HttpServletRequest request) {
		return respond(HttpStatus.CONFLICT, text(ex, request), request);
	}

	@ExceptionHandler(InvalidInputException.class)
	Object invalidInput(InvalidInputException ex, HttpServletRequest request) {
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "message",
					this.messages.getMessage(problem, locale(request))))
			.toList();
		return withErrors(respond(HttpStatus.UNPROCESSABLE_CONTENT, text(ex, request), request), errors);
	}

	@ExceptionHandler(DomainException.class)
	Object ruleBroken(DomainException ex, HttpServletRequest request) {
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, text(ex, request), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String detail = wrongValue(ex.getName(), ex.getValue(), ex.getRequiredType(), locale(request));
		return withErrors(respond(HttpStatus.BAD_REQUEST, detail, request),
				List.of(Map.of("field", ex.getName(), "message", detail)));
	}

	/**
	 * Parameters bound to an object ({@code @ModelAttribute}) or a body checked by Bean
	 * Validation: a value of the wrong type is a bad request (400), a missing or invalid
	 * one a rule broken (422); every error names its field.
	 */
	@ExceptionHandler(BindException.class)
	Object badBinding(BindException ex, HttpServletRequest request) {
		Locale locale = locale(request);
		boolean typeError = false;
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			String message;
			if (error.isBindingFailure()) {
				typeError = true;
				TypeMismatchException mismatch = error.contains(TypeMismatchException.class)
						? error.unwrap(TypeMismatchException.class) : null;
				message = wrongValue(error.getField(), error.getRejectedValue(),
						(mismatch != null) ? mismatch.getRequiredType() : null, locale);
			}
			else if (error.getRejectedValue() == null) {
				message = this.messages.getMessage("error.missingField", new Object[] { error.getField() }, locale);
			}
			else {
				message = this.messages.getMessage("error.invalidField",
						new Object[] { error.getField(), this.messages.getMessage(error, locale) }, locale);
			}
			errors.add(Map.of("field", error.getField(), "message", message));
		}
		for (ObjectError error : ex.getGlobalErrors()) {
			errors.add(Map.of("field", error.getObjectName(), "message", this.messages.getMessage(error, locale)));
		}
		String detail = (errors.size() == 1) ? errors.get(0).get("message")
				: this.messages.getMessage("error.invalidInput", new Object[] { errors.size() }, locale);
		return withErrors(
				respond(typeError ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, detail, request),
				errors);
	}

	/**
	 * A text field of a JSON body or a form holds what PostgreSQL or a person cannot
	 * read.
	 */
	@ExceptionHandler(RejectedTextException.class)
	Object rejectedText(RejectedTextException ex, HttpServletRequest request) {
		String detail = ex.message(this.messages, locale(request));
		return withErrors(respond(HttpStatus.BAD_REQUEST, detail, request),
				List.of(Map.of("field", ex.field(), "message", detail)));
	}

	/**
	 * The rest of Spring MVC's own request errors (method not allowed, unsupported media
	 * type, a missing multipart part, an upload over the size limit, …): their status
	 * with a Vietnamese text.
	 */
	@ExceptionHandler({ ServletException.class, ErrorResponseException.class, MultipartException.class,
			AsyncRequestTimeoutException.class })
	Object springRequestError(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof MultipartException && !(ex instanceof ErrorResponse)) {
			// a body that is not a readable multipart
			return respond(HttpStatus.BAD_REQUEST,
					this.messages.getMessage("error.badMultipart", null, locale(request)), request);
		}
		if (!(ex instanceof ErrorResponse response)) {
			throw ex;
		}
		HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
		if (status == null) {
			throw ex;
		}
		if (status.is5xxServerError()) {
			log.error("{} {} failed", request.getMethod(), request.getRequestURI(), ex);
		}
		Locale locale = locale(request);
		String detail = this.messages.getMessage(response.getDetailMessageCode(),
				response.getDetailMessageArguments(this.messages, locale), "", locale);
		if (detail.isBlank()) {
			detail = statusText(status.value(), locale);
		}
		Object answer = respond(status, detail, request);
		if (answer instanceof ResponseEntity<?> entity && !response.getHeaders().isEmpty()) {
			return ResponseEntity.status(entity.getStatusCode())
				.headers(response.getHeaders())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(entity.getBody());
		}
		return answer;
	}

	/**
	 * A value PostgreSQL refused as data (too long for its column, a number or date out
	 * of range, a character it cannot store) that no check before caught: the request's
	 * fault, not the server's.
	 */
	@ExceptionHandler(DataAccessException.class)
	Object dataRefused(DataAccessException ex, HttpServletRequest request) throws DataAccessException {
		String state = sqlState(ex);
		if (state == null || !state.startsWith("22")) {
			throw ex;
		}
		log.warn("{} {}: value refused by the database ({})", request.getMethod(), request.getRequestURI(), state, ex);
		String key = switch (state) {
			case "22001" -> "error.data.tooLong";
			case "22003" -> "error.data.outOfRange";
			case "22007", "22008" -> "error.data.badDate";
			default -> "error.data.badValue";
		};
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, this.messages.getMessage(key, null, locale(request)), request);
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	/**
	 * "The value x of field f is not valid", with the allowed values when the field takes
	 * one of a list.
	 */
	String wrongValue(String field, @Nullable Object value, @Nullable Class<?> type, Locale locale) {
		String shown = shorten(String.valueOf(value));
		if (type != null && type.isEnum()) {
			String allowed = Arrays.stream(type.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name())
				.collect(Collectors.joining(", "));
			return this.messages.getMessage("error.badChoice", new Object[] { field, shown, allowed }, locale);
		}
		String kind = kind(type);
		if (kind != null) {
			return this.messages.getMessage("error.badTypedValue",
					new Object[] { field, shown, this.messages.getMessage(kind, null, locale) }, locale);
		}
		return this.messages.getMessage("error.badParameter", new Object[] { field, shown }, locale);
	}

	private static @Nullable String kind(@Nullable Class<?> type) {
		if (type == null) {
			return null;
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "error.kind.integer";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "error.kind.number";
		}
		if (type == LocalDate.class) {
			return "error.kind.date";
		}
		if (type == YearMonth.class) {
			return "error.kind.month";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "error.kind.boolean";
		}
		return null;
	}

	private static String shorten(String value) {
		String printable = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return (printable.length() > 60) ? printable.substring(0, 60) + "…" : printable;
	}

	private String statusText(int status, Locale locale) {
		return this.messages.getMessage("error.status." + status, null, "", locale).isBlank()
				? this.messages.getMessage("error.title." + (status >= 500 ? 500 : 400), null, locale)
				: this.messages.getMessage("error.status." + status, null, locale);
	}

	private static Object withErrors(Object response, List<Map<String, String>> errors) {
		if (response instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", errors);
		}
		else if (response instanceof ModelAndView page) {
			page.addObject("errors", errors);
		}
		return response;
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		String detail = this.messages.getMessage("error.missingParameter", new Object[] { ex.getParameterName() },
				locale(request));
		return respond(HttpStatus.BAD_REQUEST, detail, request);
	}

	/**
	 * A body that is not JSON, or JSON whose value does not fit its field: the field is
	 * named by its path (e.g. {@code details.identity.gender}), and for a list of choices
	 * the allowed values are given.
	 */
	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		log.debug("Unreadable request body", ex);
		Locale locale = locale(request);
		Throwable cause = ex.getCause();
		if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			String field = path(mismatch.getPath());
			String detail;
			if (mismatch instanceof InvalidFormatException format) {
				detail = wrongValue(field, format.getValue(), format.getTargetType(), locale);
			}
			else {
				String kind = kind(mismatch.getTargetType());
				detail = (kind != null)
						? this.messages.getMessage("error.wrongType",
								new Object[] { field, this.messages.getMessage(kind, null, locale) }, locale)
						: this.messages.getMessage("error.wrongShape", new Object[] { field }, locale);
			}
			return withErrors(respond(HttpStatus.BAD_REQUEST, detail, request),
					List.of(Map.of("field", field, "message", detail)));
		}
		String detail;
		if (cause instanceof JacksonException json && json.getLocation() != null
				&& json.getLocation().getLineNr() > 0) {
			detail = this.messages.getMessage("error.malformedJson",
					new Object[] { json.getLocation().getLineNr(), json.getLocation().getColumnNr() }, locale);
		}
		else {
			detail = this.messages.getMessage("error.unreadableBody", null, locale);
		}
		return respond(HttpStatus.BAD_REQUEST, detail, request);
	}

	/** A JSON path as a property path: {@code details.trainings[2].from}. */
	static String path(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, this.messages.getMessage("error.pageNotFound", null, locale(request)),
				request);
	}

	private String text(DomainException ex, HttpServletRequest request) {
		return this.messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale(request));
	}

	Object respond(HttpStatus status, String detail, HttpServletRequest request) {
		log.debug("{} {} -> {}: {}", request.getMethod(), requestUri(request), status.value(), detail);
		if (isApi(request)) {
			return problem(status, detail, request, this.messages, locale(request));
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		page.addObject("navigation", this.shell.navigation());
		page.addObject("currentPath", this.shell.currentPath(request));
		return page;
	}

	static boolean isApi(HttpServletRequest request) {
		return requestUri(request).startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * The address the user asked for, also while the container forwards a failed request
	 * to {@code /error}.
	 */
	static String requestUri(HttpServletRequest request) {
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (original instanceof String uri) ? uri : request.getRequestURI();
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
			MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("error.title." + status.value(), null,
				messages.getMessage("error.title.generic", null, locale), locale));
		try {
			problem.setInstance(URI.create(requestUri(request)));
		}
		catch (IllegalArgumentException ex) {
			// an address the firewall refused may not even be a URI
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
