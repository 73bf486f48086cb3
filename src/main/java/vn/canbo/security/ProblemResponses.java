package vn.canbo.security;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Writes RFC 9457 problem details for the API from the security filters, which run before
 * (and so without) the MVC exception handling.
 */
class ProblemResponses {

	private final ObjectMapper json;

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemResponses(ObjectMapper json, MessageSource messages, LocaleResolver locales) {
		this.json = json;
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		Locale locale = this.locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title",
				this.messages.getMessage("error.title." + status.value(), null, status.getReasonPhrase(), locale));
		problem.put("status", status.value());
		problem.put("detail", this.messages.getMessage(detailKey, null, detailKey, locale));
		problem.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
