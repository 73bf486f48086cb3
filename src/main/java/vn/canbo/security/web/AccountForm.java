package vn.canbo.security.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.canbo.security.Role;
import vn.canbo.security.UserAccountView;

/**
 * What the create and edit forms bind to.
 */
class AccountForm {

	private String username = "";

	private String displayName = "";

	private String password = "";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private @Nullable Long scopeUnitId;

	private boolean enabled = true;

	private boolean mustChangePassword = true;

	private long version;

	static AccountForm of(UserAccountView account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.scopeUnitId = account.scopeUnitId();
		form.enabled = account.enabled();
		form.mustChangePassword = account.mustChangePassword();
		form.version = account.version();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(@Nullable String username) {
		this.username = (username != null) ? username : "";
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(@Nullable String displayName) {
		this.displayName = (displayName != null) ? displayName : "";
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(@Nullable String password) {
		this.password = (password != null) ? password : "";
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(@Nullable Set<Role> roles) {
		this.roles = (roles != null && !roles.isEmpty()) ? EnumSet.copyOf(roles) : EnumSet.noneOf(Role.class);
	}

	public @Nullable Long getScopeUnitId() {
		return this.scopeUnitId;
	}

	public void setScopeUnitId(@Nullable Long scopeUnitId) {
		this.scopeUnitId = scopeUnitId;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public void setMustChangePassword(boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
