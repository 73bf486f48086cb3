package vn.canbo.ui;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.WebUtils;

/**
 * When PostgreSQL cannot be reached (down, restarting, the pool out of connections) a
 * request answers at once with a 503 in the user's language and a {@code Retry-After},
 * instead of a 500 after the whole wait. It wraps every other filter, the session store
 * included, since the session is read from the database before any controller runs; its
 * page needs nothing from the database.
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

	static final String RETRY_AFTER_SECONDS = "30";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final MessageSource messages;

	DatabaseUnavailableFilter(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("{} {}: the database is unavailable ({})", request.getMethod(), request.getRequestURI(),
					ex.toString());
			answer(request, response);
		}
	}

	/**
	 * Whether the failure says the database cannot be reached, not that a query failed.
	 */
	static boolean unavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof ConnectException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
				// connection exceptions; the server shutting down or starting up
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = locale(request);
		String title = this.messages.getMessage("error.database.title", null, locale);
		String detail = this.messages.getMessage("error.database.unavailable", null, locale);
		response.resetBuffer();
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (ErrorHandling.isApi(request)) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":503,\"detail\":\"%s\"}"
					.formatted(json(title), json(detail)));
			return;
		}
		response.setContentType("text/html");
		response.getWriter()
			.write("""
					<!DOCTYPE html>
					<html lang="%s"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%s">
					<title>CanBo — %s</title></head>
					<body style="font-family: system-ui, sans-serif; margin: 2rem"><h1>%s</h1><p id="problem-detail">%s</p>
					<p><a href="">%s</a></p></body></html>
					"""
				.formatted(locale.getLanguage(), RETRY_AFTER_SECONDS, html(title), html(title), html(detail),
						html(this.messages.getMessage("error.database.retry", null, locale))));
	}

	/**
	 * The language of the cookie the site sets, Vietnamese otherwise (no database
	 * needed).
	 */
	private static Locale locale(HttpServletRequest request) {
		jakarta.servlet.http.Cookie language = WebUtils.getCookie(request, "canbo-lang");
		return (language != null && language.getValue().startsWith("en")) ? Locale.ENGLISH
				: WebConfiguration.VIETNAMESE;
	}

	private static String html(String text) {
		return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
	}

	private static String json(@Nullable String text) {
		return (text == null) ? "" : text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}
