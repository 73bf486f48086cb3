package vn.canbo.ui;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
		Object response = respond(HttpStatus.UNPROCESSABLE_CONTENT, text(ex, request), request);
		List<Map<String, String>> errors = ex.problems()
			.stream()
			.map((problem) -> Map.of("field", problem.field(), "message",
					this.messages.getMessage(problem, locale(request))))
			.toList();
		if (response instanceof ResponseEntity<?> entity && entity.getBody() instanceof ProblemDetail problem) {
			problem.setProperty("errors", errors);
		}
		else if (response instanceof ModelAndView page) {
			page.addObject("errors", errors);
		}
		return response;
	}

	@ExceptionHandler(DomainException.class)
	Object ruleBroken(DomainException ex, HttpServletRequest request) {
		return respond(HttpStatus.UNPROCESSABLE_CONTENT, text(ex, request), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object badParameter(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		String detail = this.messages.getMessage("error.badParameter",
				new Object[] { ex.getName(), String.valueOf(ex.getValue()) }, locale(request));
		return respond(HttpStatus.BAD_REQUEST, detail, request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	Object missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		String detail = this.messages.getMessage("error.missingParameter", new Object[] { ex.getParameterName() },
				locale(request));
		return respond(HttpStatus.BAD_REQUEST, detail, request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	Object unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		log.debug("Unreadable request body", ex);
		String detail = this.messages.getMessage("error.unreadableBody", new Object[] { rootMessage(ex) },
				locale(request));
		return respond(HttpStatus.BAD_REQUEST, detail, request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noPage(NoResourceFoundException ex, HttpServletRequest request) {
		return respond(HttpStatus.NOT_FOUND, this.messages.getMessage("error.pageNotFound", null, locale(request)),
				request);
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage();
		int newline = message.indexOf('\n');
		return newline < 0 ? message : message.substring(0, newline);
	}

	private String text(DomainException ex, HttpServletRequest request) {
		return this.messages.getMessage(ex.messageKey(), ex.messageArguments(), ex.messageKey(), locale(request));
	}

	private Object respond(HttpStatus status, String detail, HttpServletRequest request) {
		log.debug("{} {} -> {}: {}", request.getMethod(), request.getRequestURI(), status.value(), detail);
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
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, HttpServletRequest request,
			MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setInstance(URI.create(request.getRequestURI()));
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Locale locale(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request);
	}

}
