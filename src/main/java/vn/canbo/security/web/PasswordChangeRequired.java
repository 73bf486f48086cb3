package vn.canbo.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.canbo.security.CurrentUsers;
import vn.canbo.security.UserAccounts;

/**
 * Sends an account flagged "must change password" (a reset by an administrator, the
 * initial administrator) to the password page before any other page. Checked once per
 * session, then remembered in it.
 */
@Configuration(proxyBeanMethods = false)
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

	static final String CHECKED = PasswordChangeRequired.class.getName() + ".checked";

	private final CurrentUsers currentUsers;

	private final UserAccounts accounts;

	PasswordChangeRequired(CurrentUsers currentUsers, UserAccounts accounts) {
		this.currentUsers = currentUsers;
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.excludePathPatterns(OwnPasswordController.PATH, "/api/**", "/login", "/logout", "/access-denied", "/error",
					"/css/**", "/js/**", "/webjars/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		var user = this.currentUsers.find();
		if (user.isEmpty()) {
			return true;
		}
		HttpSession session = request.getSession();
		if (session.getAttribute(CHECKED) != null) {
			return true;
		}
		if (this.accounts.mustChangePassword(user.get().username())) {
			response.sendRedirect(request.getContextPath() + OwnPasswordController.PATH);
			return false;
		}
		session.setAttribute(CHECKED, Boolean.TRUE);
		return true;
	}

}
