package vn.canbo.security;

/**
 * What a user may do; where they may do it is their scope.
 */
public enum Role {

	/**
	 * Administrator: users, roles, scopes, settings and the audit trail within their
	 * scope.
	 */
	ADMIN,
	/**
	 * Organisation officer (cán bộ tổ chức): keeps the organisation and personnel data.
	 */
	ORG_OFFICER,
	/**
	 * Leader of an agency or commune (người đứng đầu): reads everything in scope,
	 * assigns, evaluates.
	 */
	LEADER,
	/** Any cán bộ, công chức, viên chức: their own record and work. */
	STAFF,
	/** Read-only access to the scope. */
	VIEWER

}
