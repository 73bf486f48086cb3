package vn.canbo.ui;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to whatever reaches the container's error page instead of a controller:
 * requests refused by a filter (Spring Security's firewall, {@link InputTextFilter}),
 * errors sent by filters, exceptions no handler caught. In the user's language, as a
 * problem detail for the API and the error page otherwise, like {@link ErrorHandling}.
 */
@Controller
class ErrorPageController implements ErrorController {

	private final ErrorHandling errors;

	private final MessageSource messages;

	ErrorPageController(ErrorHandling errors, MessageSource messages) {
		this.errors = errors;
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request) {
		if (request.getAttribute(InputTextFilter.REJECTED) instanceof RejectedTextException rejected) {
			return this.errors.rejectedText(rejected, request);
		}
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value && HttpStatus.resolve(value) != null)
				? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
		String key = (status == HttpStatus.BAD_REQUEST) ? "error.request.rejected" : "error.status." + status.value();
		String detail = this.messages.getMessage(key, null,
				this.messages.getMessage("error.status.null", null, ErrorHandling.locale(request)),
				ErrorHandling.locale(request));
		return this.errors.respond(status, detail, request);
	}

}
