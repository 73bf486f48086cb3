package vn.canbo.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.canbo.security.CurrentUser;
import vn.canbo.security.CurrentUsers;
import vn.canbo.shared.DataChanged;
import vn.canbo.shared.DataChanges;

/**
 * Writes an audit row for every {@link DataChanged}, synchronously and in the publisher's
 * transaction: the change and its audit row commit or roll back together. A change
 * published outside a transaction fails, so nothing changes unaudited.
 */
@Component
class AuditRecorder {

	static final String SYSTEM = "system";

	private final AuditEntries entries;

	private final Snapshots snapshots;

	private final CurrentUsers currentUsers;

	private final Clock clock;

	AuditRecorder(AuditEntries entries, Snapshots snapshots, CurrentUsers currentUsers, Clock clock) {
		this.entries = entries;
		this.snapshots = snapshots;
		this.currentUsers = currentUsers;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DataChanged change) {
		var before = this.snapshots.toTree(change.before());
		var after = this.snapshots.toTree(change.after());
		this.entries.insert(this.clock.instant(), actor(), change.action(), change.entityType(), change.entityId(),
				this.snapshots.toText(before), this.snapshots.toText(after),
				this.snapshots.changedFields(before, after), change.scopePath());
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(DataChanges batch) {
		if (batch.changes().isEmpty()) {
			return;
		}
		Instant now = this.clock.instant();
		String actor = actor();
		List<AuditEntries.NewEntry> rows = new ArrayList<>(batch.changes().size());
		for (DataChanged change : batch.changes()) {
			var before = this.snapshots.toTree(change.before());
			var after = this.snapshots.toTree(change.after());
			rows.add(new AuditEntries.NewEntry(now, actor, change.action(), change.entityType(), change.entityId(),
					this.snapshots.toText(before), this.snapshots.toText(after),
					this.snapshots.changedFields(before, after), change.scopePath()));
		}
		this.entries.insertAll(rows);
	}

	private String actor() {
		return this.currentUsers.find().map(CurrentUser::username).orElseGet(AuditRecorder::authenticatedName);
	}

	private static String authenticatedName() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken || authentication.getName() == null
				|| authentication.getName().isBlank()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

}
