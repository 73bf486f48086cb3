package vn.canbo.security.web;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The page Spring Security forwards to when a signed-in user's role does not allow the
 * requested page (any method, since the forward keeps it).
 */
@Controller
class AccessDeniedController {

	private final MessageSource messages;

	AccessDeniedController(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/access-denied")
	ModelAndView accessDenied(HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(HttpStatus.FORBIDDEN);
		page.addObject("status", HttpStatus.FORBIDDEN.value());
		page.addObject("detail",
				this.messages.getMessage("error.forbidden", null, RequestContextUtils.getLocale(request)));
		return page;
	}

}
