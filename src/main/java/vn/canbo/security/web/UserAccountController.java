package vn.canbo.security.web;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.canbo.security.CreateUserAccount;
import vn.canbo.security.InvalidUserAccountException;
import vn.canbo.security.ResetPassword;
import vn.canbo.security.Role;
import vn.canbo.security.UpdateUserAccount;
import vn.canbo.security.UserAccountFilter;
import vn.canbo.security.UserAccountView;
import vn.canbo.security.UserAccounts;
import vn.canbo.shared.ConcurrentEditException;

/**
 * Account administration pages: list, create, edit, reset password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAccountController {

	private static final int PAGE_SIZE = 20;

	private final UserAccounts accounts;

	private final Clock clock;

	UserAccountController(UserAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(name = "q", required = false) @Nullable String text,
			@RequestParam(required = false) @Nullable Role role, @RequestParam(defaultValue = "0") int page,
			Model model) {
		Page<UserAccountView> result = this.accounts.list(new UserAccountFilter(text, role),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("accounts", result);
		model.addAttribute("q", (text != null) ? text : "");
		model.addAttribute("role", role);
		model.addAttribute("now", this.clock.instant());
		return "security/users/list";
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("account", new AccountForm());
		return "security/users/new";
	}

	@PostMapping
	String create(@ModelAttribute("account") AccountForm form, BindingResult result, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "security/users/new";
		}
		try {
			UserAccountView created = this.accounts
				.create(new CreateUserAccount(form.getUsername(), form.getDisplayName(), form.getPassword(),
						form.getRoles(), form.getScopeUnitId(), form.isMustChangePassword()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + created.id();
		}
		catch (InvalidUserAccountException ex) {
			bind(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "security/users/new";
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		UserAccountView account = this.accounts.get(id);
		model.addAttribute("account", AccountForm.of(account));
		model.addAttribute("password", new PasswordForm());
		return editPage(account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("account") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		model.addAttribute("password", new PasswordForm());
		if (result.hasErrors()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return editPage(this.accounts.get(id), model);
		}
		try {
			this.accounts.update(new UpdateUserAccount(id, form.getVersion(), form.getDisplayName(), form.getRoles(),
					form.getScopeUnitId(), form.isEnabled()));
			redirect.addFlashAttribute("saved", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidUserAccountException ex) {
			bind(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (ConcurrentEditException ex) {
			result.reject(ex.messageKey());
			response.setStatus(HttpStatus.CONFLICT.value());
		}
		return editPage(this.accounts.get(id), model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("password") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.accounts.resetPassword(new ResetPassword(id, form.getNewPassword(), form.isMustChangePassword()));
			redirect.addFlashAttribute("passwordReset", true);
			return "redirect:/admin/users/" + id;
		}
		catch (InvalidUserAccountException ex) {
			bind(ex, result);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			UserAccountView account = this.accounts.get(id);
			model.addAttribute("account", AccountForm.of(account));
			return editPage(account, model);
		}
	}

	private String editPage(UserAccountView account, Model model) {
		model.addAttribute("view", account);
		model.addAttribute("now", this.clock.instant());
		return "security/users/edit";
	}

	private static void bind(InvalidUserAccountException ex, BindingResult result) {
		Object target = result.getTarget();
		for (InvalidUserAccountException.FieldProblem problem : ex.problems()) {
			if (target != null && new BeanWrapperImpl(target).isReadableProperty(problem.field())) {
				result.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
			}
			else {
				result.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
			}
		}
	}

}
