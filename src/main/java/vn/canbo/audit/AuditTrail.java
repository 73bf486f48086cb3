package vn.canbo.audit;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.security.Role;
import vn.canbo.security.ScopeDirectory;
import vn.canbo.shared.NotFoundException;
import vn.canbo.shared.OutOfScopeException;

/**
 * Reads the audit trail. Only administrators may; a nationwide administrator sees every
 * entry, a scoped one only the entries of their organisation subtree (system-wide entries
 * are for nationwide administrators only).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final AuditEntries entries;

	private final Snapshots snapshots;

	private final CurrentUsers currentUsers;

	private final ScopeDirectory scopes;

	AuditTrail(AuditEntries entries, Snapshots snapshots, CurrentUsers currentUsers, ScopeDirectory scopes) {
		this.entries = entries;
		this.snapshots = snapshots;
		this.currentUsers = currentUsers;
		this.scopes = scopes;
	}

	/**
	 * The entries matching the query within the caller's scope, newest first; the
	 * pageable's sort is ignored.
	 * @throws OutOfScopeException if the caller is not an administrator
	 */
	public Page<AuditEntryView> search(AuditQuery query, Pageable pageable) {
		String scope = callerScope();
		long total = this.entries.count(query, scope);
		if (total == 0 || pageable.getOffset() >= total) {
			return new PageImpl<>(java.util.List.of(), pageable, total);
		}
		return new PageImpl<>(this.entries.search(query, scope, pageable), pageable, total);
	}

	/**
	 * The latest changes of one thing (views left out), newest first, for the history
	 * shown beside a record: administrators and organisation officers, who edit records,
	 * may read it within their scope.
	 * @throws OutOfScopeException if the caller is neither
	 */
	public java.util.List<AuditEntryView> changesOf(String entityType, String entityId, int limit) {
		CurrentUser user = this.currentUsers.current();
		if (!user.hasAny(Role.ADMIN, Role.ORG_OFFICER)) {
			throw new OutOfScopeException("error.forbidden");
		}
		return this.entries.changes(entityType, entityId, scopeOf(user), Math.min(Math.max(limit, 1), 200));
	}

	/**
	 * One entry with its fields before and after.
	 * @throws NotFoundException if there is no such entry
	 * @throws OutOfScopeException if the caller is not an administrator, or the entry
	 * lies outside their scope
	 */
	public AuditEntryDetail detail(long id) {
		AuditEntryView entry = this.entries.find(id, callerScope())
			.orElseThrow(() -> this.entries.find(id, null).isPresent() ? new OutOfScopeException()
					: new NotFoundException("audit.notFound", String.valueOf(id)));
		return new AuditEntryDetail(entry,
				this.snapshots.compare(this.snapshots.parse(entry.before()), this.snapshots.parse(entry.after())));
	}

	/** The org path prefix the caller may see; null for the whole country. */
	private @Nullable String callerScope() {
		CurrentUser user = this.currentUsers.current();
		if (!user.has(Role.ADMIN)) {
			throw new OutOfScopeException("error.forbidden");
		}
		return scopeOf(user);
	}

	private @Nullable String scopeOf(CurrentUser user) {
		Long scopeUnitId = user.scopeUnitId();
		if (scopeUnitId == null) {
			return null;
		}
		return this.scopes.currentPath(scopeUnitId).orElseThrow(OutOfScopeException::new);
	}

}
