package vn.canbo.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.canbo.shared.DataChanged;

/**
 * One recorded change.
 *
 * @param id the entry's identifier
 * @param occurredAt when the change was made
 * @param actor username of who made it; {@code system} for changes made without a
 * signed-in user
 * @param action what happened
 * @param entityType what changed
 * @param entityId the identifier of what changed
 * @param before the state before as JSON text; null for a create
 * @param after the state after as JSON text; null for a delete
 * @param changedFields the top-level fields whose values differ between before and after,
 * sorted by name
 * @param scopePath the org path the change belongs to; null for system-wide data
 * @param subject a readable name of what changed (its name or username), when the state
 * has one
 */
public record AuditEntryView(long id, Instant occurredAt, String actor, DataChanged.Action action, String entityType,
		String entityId, @Nullable String before, @Nullable String after, List<String> changedFields,
		@Nullable String scopePath, @Nullable String subject) {

	public AuditEntryView {
		changedFields = List.copyOf(changedFields);
	}

}
