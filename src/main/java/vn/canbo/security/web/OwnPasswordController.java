package vn.canbo.security.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.canbo.security.InvalidUserAccountException;
import vn.canbo.security.UserAccounts;

/**
 * Where a signed-in user changes their own password, and where an account flagged "must
 * change password" is sent until it has.
 */
@Controller
@RequestMapping(OwnPasswordController.PATH)
class OwnPasswordController {

	static final String PATH = "/account/password";

	private final UserAccounts accounts;

	OwnPasswordController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String form(@ModelAttribute("password") OwnPasswordForm form) {
		return "security/password";
	}

	@PostMapping
	String change(@ModelAttribute("password") OwnPasswordForm form, BindingResult result, HttpSession session,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (!form.getNewPassword().equals(form.getConfirmation())) {
			result.rejectValue("confirmation", "security.password.confirmationDiffers");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
				session.setAttribute(PasswordChangeRequired.CHECKED, Boolean.TRUE);
				redirect.addFlashAttribute("passwordChanged", true);
				return "redirect:" + PATH;
			}
			catch (InvalidUserAccountException ex) {
				ex.problems()
					.forEach((problem) -> result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(),
							problem.messageKey()));
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return "security/password";
	}

	/** What the password form posts. */
	static class OwnPasswordForm {

		private String currentPassword = "";

		private String newPassword = "";

		private String confirmation = "";

		public String getCurrentPassword() {
			return this.currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return this.newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmation() {
			return this.confirmation;
		}

		public void setConfirmation(String confirmation) {
			this.confirmation = confirmation;
		}

	}

}
