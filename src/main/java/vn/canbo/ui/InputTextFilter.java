package vn.canbo.ui;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads them, request parameters (query string, form fields,
 * multipart text fields) whose name or value is not {@link InputText acceptable text}: a
 * 400 naming the parameter, worded by {@link ErrorPageController}. JSON bodies are
 * checked by {@link JsonTextAdvice}.
 */
class InputTextFilter extends OncePerRequestFilter {

	/**
	 * The request attribute holding the {@link RejectedTextException} for the error page.
	 */
	static final String REJECTED = InputTextFilter.class.getName() + ".rejected";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// an upload over the size limit or a broken multipart: Spring MVC's multipart
			// handling meets the same failure and answers it (413 or 400)
			chain.doFilter(request, response);
			return;
		}
		boolean address = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		RejectedTextException rejected = check(parameters, address ? InputText.MAX_QUERY_LENGTH : InputText.MAX_LENGTH);
		if (rejected != null) {
			request.setAttribute(REJECTED, rejected);
			response.sendError(HttpServletResponse.SC_BAD_REQUEST, rejected.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	static @Nullable RejectedTextException check(Map<String, String[]> parameters, int maxLength) {
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			InputText.Flaw nameFlaw = InputText.flaw(name, maxLength);
			if (nameFlaw != null) {
				return new RejectedTextException(printable(name), nameFlaw, maxLength);
			}
			for (String value : parameter.getValue()) {
				InputText.Flaw flaw = InputText.flaw(value, maxLength);
				if (flaw != null) {
					return new RejectedTextException(name, flaw, maxLength);
				}
			}
		}
		return null;
	}

	private static String printable(String name) {
		String shown = name.replaceAll("\\p{Cntrl}", "?");
		return (shown.length() > 60) ? shown.substring(0, 60) + "…" : shown;
	}

}
