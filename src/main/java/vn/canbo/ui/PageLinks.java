package vn.canbo.ui;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Gives every page the query of its GET request without {@code page}, so that the one
 * pager fragment ({@code layout/pager}) links to the other pages of the same list with
 * the same filters (a page shown again after a refused form starts from the list's path).
 */
@ControllerAdvice(annotations = Controller.class)
class PageLinks {

	@ModelAttribute("pageQuery")
	String pageQuery(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return "";
		}
		String query = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page").build().getQuery();
		return (query == null) ? "" : query;
	}

}
