package vn.canbo.shared;

import java.util.List;

/**
 * Many {@link DataChanged} of one transaction published at once (a batch of an import, a
 * bulk load), so that the audit trail can write them in one round trip. Same rules as a
 * single change: published inside the transaction that makes them.
 *
 * @param changes the changes, in the order they were made
 */
public record DataChanges(List<DataChanged> changes) {

	public DataChanges {
		changes = List.copyOf(changes);
	}

}
