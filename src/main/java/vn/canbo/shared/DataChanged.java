package vn.canbo.shared;

import org.jspecify.annotations.Nullable;

/**
 * Published, inside the transaction that makes it, for every create, update and delete of
 * data the audit trail must keep, and for every view of sensitive personal data. The
 * audit module records it in the same transaction, so a rolled-back change leaves no
 * audit row either.
 *
 * @param entityType what changed, e.g. {@code OrgUnit}, {@code UserAccount}
 * @param entityId the identifier of the changed thing
 * @param action what happened
 * @param before the state before (null for a create); any JSON-serialisable value
 * @param after the state after (null for a delete)
 * @param scopePath the materialised org path the change belongs to, for scoped audit
 * views; null for system-wide data
 */
public record DataChanged(String entityType, String entityId, Action action, @Nullable Object before,
		@Nullable Object after, @Nullable String scopePath) {

	public enum Action {

		CREATE, UPDATE, DELETE,
		/**
		 * Sensitive data was shown or handed out (a record's ID number, family, health,
		 * discipline); {@code after} says what was seen.
		 */
		VIEW

	}

}
