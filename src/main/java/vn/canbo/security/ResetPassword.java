package vn.canbo.security;

/**
 * Give an account a new password chosen by an administrator; also lifts a sign-in
 * lockout.
 *
 * @param accountId the account
 * @param newPassword the new password in clear text
 * @param mustChangePassword whether the user should choose their own password after
 * signing in
 */
public record ResetPassword(long accountId, String newPassword, boolean mustChangePassword) {

	@Override
	public String toString() {
		return "ResetPassword[accountId=" + this.accountId + "]";
	}

}
