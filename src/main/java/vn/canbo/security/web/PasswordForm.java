package vn.canbo.security.web;

import org.jspecify.annotations.Nullable;

/**
 * What the password reset form binds to.
 */
class PasswordForm {

	private String newPassword = "";

	private boolean mustChangePassword = true;

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(@Nullable String newPassword) {
		this.newPassword = (newPassword != null) ? newPassword : "";
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public void setMustChangePassword(boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
	}

}
