package vn.canbo.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.security.Escape;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

/**
 * Tomcat's own answer to a request it refuses before CanBo sees it (a {@code %00} or
 * {@code %2F} in the address, a request line or header over the size limit): in the
 * user's language, as a problem detail for the API and a plain page otherwise, instead of
 * Tomcat's English report.
 */
class TomcatErrorReport extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	TomcatErrorReport(MessageSource messages) {
		this.messages = messages;
		setShowReport(false);
		setShowServerInfo(false);
	}

	/** Puts this report in place of Tomcat's on the host of the application's context. */
	static void install(org.apache.catalina.Context context, MessageSource messages) {
		context.addLifecycleListener((event) -> {
			if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
				return;
			}
			Container host = context.getParent();
			for (Valve valve : host.getPipeline().getValves()) {
				if (valve instanceof ErrorReportValve && !(valve instanceof TomcatErrorReport)) {
					host.getPipeline().removeValve(valve);
				}
			}
			host.getPipeline().addValve(new TomcatErrorReport(messages));
		});
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get() || !response.setErrorReported()) {
			return;
		}
		Locale locale = locale(request);
		String title = this.messages.getMessage("error.title." + status, null,
				this.messages.getMessage("error.title.generic", null, locale), locale);
		String detail = (status == 400) ? this.messages.getMessage("error.request.rejected", null, locale)
				: this.messages.getMessage("error.status." + status, null, title, locale);
		String uri = request.getRequestURI();
		try {
			response.setCharacterEncoding("UTF-8");
			PrintWriter writer;
			if (uri != null && uri.startsWith("/api/")) {
				response.setContentType("application/problem+json");
				Map<String, Object> problem = new LinkedHashMap<>();
				problem.put("type", "about:blank");
				problem.put("title", title);
				problem.put("status", status);
				problem.put("detail", detail);
				writer = response.getReporter();
				if (writer != null) {
					writer.write(JSON.writeValueAsString(problem));
				}
			}
			else {
				response.setContentType("text/html");
				writer = response.getReporter();
				if (writer != null) {
					writer.write("<!DOCTYPE html><html lang=\"" + locale.getLanguage()
							+ "\"><head><meta charset=\"utf-8\"><title>" + Escape.htmlElementContent(title)
							+ "</title></head><body><h1>" + Escape.htmlElementContent(title) + "</h1><p id=\"problem\">"
							+ Escape.htmlElementContent(detail) + "</p><p><a href=\"/\">"
							+ Escape.htmlElementContent(this.messages.getMessage("error.backHome", null, locale))
							+ "</a></p></body></html>");
				}
			}
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone; nothing more to say
		}
	}

	private static Locale locale(Request request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if ("canbo-lang".equals(cookie.getName()) && !cookie.getValue().isBlank()) {
					return Locale.forLanguageTag(cookie.getValue());
				}
			}
		}
		return WebConfiguration.VIETNAMESE;
	}

}
